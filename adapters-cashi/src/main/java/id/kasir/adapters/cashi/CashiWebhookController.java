package id.kasir.adapters.cashi;

import id.kasir.application.notification.NotificationNotTakenIn;
import id.kasir.application.notification.ReceiveGatewayNotification;
import id.kasir.domain.notification.InboundNotification;
import id.kasir.domain.notification.Verification;
import id.kasir.domain.payment.GatewayReport;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/cashi}. Checks the HMAC over the raw bytes (when a secret is configured), then
 * hands the webhook to {@link ReceiveGatewayNotification}, which stores it before anything acts on it.
 *
 * <p>A webhook that says "settled" is never applied from its own word, signed or not: the issue asks
 * that every payment be confirmed with check-status before it becomes PAID. It is passed on with its
 * verification as checked (so the inbox shows VERIFIED) but without a report, which makes the application
 * ask Cashi and apply Cashi's answer, with the settled amount that answer carries.
 *
 * <p>Answers: 200 "OK" for anything stored (duplicates too, so Cashi stops retrying), 200 "Test OK" for
 * the dashboard's {@code TEST-} webhook, 401 for a bad or missing signature, 400 for a body that cannot
 * be read (both still stored, as REJECTED), 503 if Kasir itself could not store it (Cashi retries), logged
 * as one line naming the order ({@link NotificationNotTakenIn}; a stack trace only when it was not an outage).
 */
@RestController
public class CashiWebhookController {

    private static final Logger log = LoggerFactory.getLogger(CashiWebhookController.class);
    private static final int MAX_DEDUP_KEY = 191;

    private final ReceiveGatewayNotification receiveNotification;
    private final CashiProperties properties;
    private final CashiWebhookSignature signature;
    private final Set<String> secretHeaders;
    private final Clock clock;

    public CashiWebhookController(ReceiveGatewayNotification receiveNotification, CashiProperties properties, Clock clock) {
        this.receiveNotification = receiveNotification;
        this.properties = properties;
        this.signature = properties.signsWebhooks() ? new CashiWebhookSignature(properties.webhookSecret()) : null;
        this.secretHeaders = Set.of(properties.webhookSignatureHeader().toLowerCase(Locale.ROOT),
                properties.apiKeyHeader().toLowerCase(Locale.ROOT));
        this.clock = clock;
    }

    @PostMapping(path = "/webhooks/cashi", produces = MediaType.TEXT_PLAIN_VALUE)
    public ResponseEntity<String> receive(@RequestBody(required = false) byte[] body, HttpServletRequest request) {
        byte[] raw = body == null ? new byte[0] : body;
        try {
            return handle(raw, request);
        } catch (RuntimeException storeFailed) {
            // Not the gateway's fault: anything but 200 makes Cashi send it again later.
            NotificationNotTakenIn notTaken = new NotificationNotTakenIn(CashiGateway.ID,
                    CashiWebhook.read(new String(raw, StandardCharsets.UTF_8)).map(CashiWebhook::orderId).orElse(null),
                    null, storeFailed);
            if (notTaken.storeUnavailable()) {
                log.warn(notTaken.logLine(HttpStatus.SERVICE_UNAVAILABLE.value()));
            } else {
                log.error(notTaken.logLine(HttpStatus.SERVICE_UNAVAILABLE.value()), storeFailed);
            }
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                    .contentType(MediaType.TEXT_PLAIN).body("Try again later");
        }
    }

    private ResponseEntity<String> handle(byte[] raw, HttpServletRequest request) {
        String bodyText = new String(raw, StandardCharsets.UTF_8);
        Verification verification = verify(raw, request);
        Optional<CashiWebhook> webhook = CashiWebhook.read(bodyText);
        String reference = webhook.map(CashiWebhook::orderId).orElse(null);

        if (verification == Verification.REJECTED) {
            receiveNotification.receive(notification("rejected", reference, Verification.REJECTED, bodyText, request), null);
            log.warn("Cashi webhook refused: bad signature ({} bytes from {}), stored as rejected", raw.length,
                    request.getRemoteAddr());
            return text(HttpStatus.UNAUTHORIZED, "Invalid signature");
        }
        if (webhook.isEmpty()) {
            receiveNotification.receive(notification("unreadable", null, Verification.REJECTED, bodyText, request), null);
            log.warn("Cashi webhook refused: not a webhook ({} bytes from {}), stored as rejected", raw.length,
                    request.getRemoteAddr());
            return text(HttpStatus.BAD_REQUEST, "Unreadable webhook: expected {event, data: {order_id, status, amount}}");
        }
        CashiWebhook hook = webhook.get();
        if (hook.isConnectionTest()) {
            receiveNotification.recordConnectionTest(
                    notification("test:" + hook.dedupKey(), reference, verification, bodyText, request));
            return text(HttpStatus.OK, "Test OK");
        }
        String dedupKey = verification == Verification.UNSIGNED
                // Anyone can send an unsigned webhook: a forged one must not take the key of the real one
                // that may follow, so each is its own notification (each is confirmed with Cashi anyway).
                ? hook.dedupKey() + ":unsigned:" + UUID.randomUUID()
                : hook.dedupKey();
        var receipt = receiveNotification.receive(
                notification(dedupKey, reference, verification, bodyText, request), reportToApply(hook, verification));
        return receipt.acknowledged() ? text(HttpStatus.OK, "OK") : text(HttpStatus.UNAUTHORIZED, "Invalid signature");
    }

    /**
     * Null (= "ask Cashi first") for a PAID claim or a status we do not know; a verified webhook's other
     * statuses are applied as they are. {@link ReceiveGatewayNotification} queries the gateway whenever
     * the report is null, whatever the verification.
     */
    private static GatewayReport reportToApply(CashiWebhook hook, Verification verification) {
        if (verification != Verification.VERIFIED || hook.claimsPaid()) {
            return null;
        }
        return hook.report().orElse(null);
    }

    private Verification verify(byte[] raw, HttpServletRequest request) {
        if (signature == null) {
            return Verification.UNSIGNED;
        }
        return signature.matches(raw, request.getHeader(properties.webhookSignatureHeader()))
                ? Verification.VERIFIED : Verification.REJECTED;
    }

    private InboundNotification notification(String dedupKey, String reference, Verification verification,
                                             String body, HttpServletRequest request) {
        Instant now = clock.instant();
        return new InboundNotification(CashiGateway.ID, fitDedupKey(dedupKey), reference, verification,
                headers(request), body, request.getRemoteAddr(), now);
    }

    private String headers(HttpServletRequest request) {
        StringBuilder out = new StringBuilder();
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                out.append(name).append(": ")
                        .append(CashiMasking.isSecretHeader(name, secretHeaders) ? CashiMasking.MASK : value)
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** A key built from a long order id would not fit the inbox's column: its hash stands in. */
    private static String fitDedupKey(String key) {
        if (key.length() <= MAX_DEDUP_KEY) {
            return key;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "cashi:sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static ResponseEntity<String> text(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message);
    }
}
