package id.kasir.adapters.payin;

import id.kasir.application.notification.NotificationNotTakenIn;
import id.kasir.application.notification.ReceiveGatewayNotification;
import id.kasir.domain.notification.InboundNotification;
import id.kasir.domain.notification.Verification;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * PayIn's callback, {@code POST /webhooks/payin}. The {@code Sign} is checked over the raw bytes as
 * received (never a re-serialised object) and the {@code MerchantId} must be ours; then the
 * application stores the callback before acting on it. PayIn retries until it hears HTTP 200, for
 * about 17 hours, so anything stored — duplicates included — is answered {@code 200 SUCCESS}; a bad
 * signature {@code 401}; a body that is not a PayIn callback {@code 400}, and it is still stored. Not stored
 * because Kasir's database is unreachable: {@code 503} (any other failure {@code 500}), which PayIn retries,
 * and one log line naming the order ({@link NotificationNotTakenIn}).
 */
@RestController
public class PayInNotificationController {

    public static final String PATH = "/webhooks/payin";
    private static final Logger log = LoggerFactory.getLogger(PayInNotificationController.class);

    private final ReceiveGatewayNotification receiveNotification;
    private final PayInSign sign;
    private final String merchantId;
    private final Clock clock;

    public PayInNotificationController(ReceiveGatewayNotification receiveNotification, PayInProperties properties,
                                       Clock clock) {
        this.receiveNotification = receiveNotification;
        this.sign = new PayInSign(properties.apiKey());
        this.merchantId = properties.merchantId();
        this.clock = clock;
    }

    @PostMapping(path = PATH)
    public ResponseEntity<String> receive(@RequestBody(required = false) byte[] rawBody,
                                          @RequestHeader(name = "MerchantId", required = false) String merchantIdHeader,
                                          @RequestHeader(name = "Sign", required = false) String signHeader,
                                          @RequestHeader HttpHeaders headers, HttpServletRequest http) {
        byte[] raw = rawBody == null ? new byte[0] : rawBody;
        String body = new String(raw, StandardCharsets.UTF_8);
        Optional<PayInCallback> callback = PayInCallback.read(body);
        try {
            boolean signed = merchantId.equals(trim(merchantIdHeader)) && sign.verify(raw, signHeader);
            if (callback.isEmpty()) {
                receiveNotification.receive(notification("unreadable", null, Verification.REJECTED, headers, body, http),
                        null);
                log.warn("PayIn callback refused: not a PayIn callback ({} bytes from {}), stored as rejected",
                        raw.length, http.getRemoteAddr());
                return answer(HttpStatus.BAD_REQUEST, "BAD_REQUEST");
            }
            PayInCallback read = callback.get();
            boolean ours = read.merchantId() == null || merchantId.equals(read.merchantId());
            Verification verification = signed && ours ? Verification.VERIFIED : Verification.REJECTED;
            var receipt = receiveNotification.receive(
                    notification(read.dedupKey(), read.reference(), verification, headers, body, http),
                    verification == Verification.VERIFIED ? read.report() : null);
            if (!receipt.acknowledged()) {
                log.warn("PayIn callback refused: signature or merchant id does not check out ({} bytes from {}),"
                        + " stored as rejected", raw.length, http.getRemoteAddr());
                return answer(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED");
            }
            return answer(HttpStatus.OK, "SUCCESS");
        } catch (RuntimeException e) {
            // Not stored or not applied: PayIn must try again (anything but 200/301/302 is retried on its
            // ladder), and must not see our insides.
            NotificationNotTakenIn notTaken = new NotificationNotTakenIn(PayInPaymentGateway.ID,
                    callback.map(PayInCallback::reference).orElse(null), null, e);
            if (notTaken.storeUnavailable()) {
                log.warn(notTaken.logLine(HttpStatus.SERVICE_UNAVAILABLE.value()));
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                        .contentType(MediaType.TEXT_PLAIN).body("TRY_AGAIN");
            }
            log.error(notTaken.logLine(HttpStatus.INTERNAL_SERVER_ERROR.value()), e);
            return answer(HttpStatus.INTERNAL_SERVER_ERROR, "ERROR");
        }
    }

    private InboundNotification notification(String dedupKey, String reference, Verification verification,
                                             HttpHeaders headers, String body, HttpServletRequest http) {
        return new InboundNotification(PayInPaymentGateway.ID, dedupKey, reference, verification, maskedHeaders(headers),
                body, http.getRemoteAddr(), clock.instant());
    }

    static String maskedHeaders(HttpHeaders headers) {
        StringBuilder text = new StringBuilder();
        headers.forEach((name, values) -> {
            boolean secret = name.equalsIgnoreCase("Sign") || name.equalsIgnoreCase("Authorization");
            text.append(name).append(": ").append(secret ? "***" : String.join(", ", values)).append('\n');
        });
        return text.toString();
    }

    private static ResponseEntity<String> answer(HttpStatus status, String text) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(text);
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
