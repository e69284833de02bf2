package id.kasir.adapters.cashin;

import id.kasir.application.notification.GuardAgainstReplays;
import id.kasir.application.notification.NotificationNotTakenIn;
import id.kasir.application.notification.ReceiveGatewayNotification;
import id.kasir.domain.notification.InboundNotification;
import id.kasir.domain.notification.Verification;
import id.kasir.domain.payment.GatewayReport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.JsonNode;

/**
 * Cash In's notify callback ({@code POST /v1.0/debit/notify}, also {@code /v1.0/qr/qr-mpm-notify}),
 * free of the web framework so it can be tested with exact bytes:
 * <ol>
 *   <li>checks X-SIGNATURE with Cash In's public key over
 *       {@code POST:<path it came in on>:<sha256 of the minified raw body>:<X-TIMESTAMP>} (the document also
 *       reads as if the full URL were signed: that string is accepted too), then the timestamp window, then
 *       X-EXTERNAL-ID (mandatory; {@link CashInReplayGuard} in the database: the same id with another body, or
 *       a body and timestamp already acted on under another id, is a replay);</li>
 *   <li>anything failing is stored as REJECTED (with the reason in the stored headers) and answered
 *       401 {@code 4015600}; a verified body that cannot be read is stored REJECTED and answered 400
 *       {@code 4005601} (not JSON) or {@code 4005602} (a mandatory field missing);</li>
 *   <li>otherwise the notification goes to the inbox with dedup key = X-EXTERNAL-ID and is applied; the
 *       answer is {@code 2005600} once stored, duplicates included.</li>
 * </ol>
 */
public final class CashInNotifyEndpoint {

    private static final Log log = LogFactory.getLog(CashInNotifyEndpoint.class);

    public record Response(int httpStatus, String body) {
        static Response snap(int status, String code, String message) {
            Map<String, Object> answer = CashInJson.object();
            answer.put("responseCode", code);
            answer.put("responseMessage", message);
            return new Response(status, CashInJson.write(answer));
        }
    }

    static final Response SUCCESS = Response.snap(200, "2005600", "Successful");
    static final Response BAD_SIGNATURE = Response.snap(401, "4015600", "Unauthorized. Signature");
    static final Response STALE_TIMESTAMP = Response.snap(401, "4015600", "Unauthorized. Timestamp");
    static final Response REPLAYED = Response.snap(401, "4015600", "Unauthorized. Replayed X-EXTERNAL-ID");
    static final Response INVALID_FORMAT = Response.snap(400, "4005601", "Invalid Field Format");
    static final Response INTERNAL_ERROR = Response.snap(500, "5005600", "Internal Server Error");

    private static final List<String> STORED_HEADERS = List.of("X-PARTNER-ID", "X-EXTERNAL-ID", "X-TIMESTAMP",
            "X-SIGNATURE", "CHANNEL-ID", "Content-Type");

    private final CashInSnapSigner signer;
    private final Duration tolerance;
    private final String publicBaseUrl;
    private final CashInReplayGuard replayGuard;
    private final Supplier<ReceiveGatewayNotification> receiver;
    private final Clock clock;

    /**
     * @param replays the application's replay guard (ids kept in the database), looked up per notification
     */
    public CashInNotifyEndpoint(CashInSnapSigner signer, Duration tolerance, String publicBaseUrl,
                                Supplier<ReceiveGatewayNotification> receiver, Supplier<GuardAgainstReplays> replays,
                                Clock clock) {
        this.signer = signer;
        this.tolerance = tolerance;
        this.publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.replaceAll("/+$", "");
        this.replayGuard = new CashInReplayGuard(replays);
        this.receiver = receiver;
        this.clock = clock;
    }

    /**
     * @param path       the request's path as it came in (what Cash In signed)
     * @param requestUrl the full URL as this server saw it, for the full-URL reading of the document
     * @param header     a request header by name, or null
     */
    public Response handle(String path, String requestUrl, UnaryOperator<String> header, byte[] rawBody,
                           String remoteAddress) {
        Instant receivedAt = clock.instant();
        String body = rawBody == null ? "" : new String(rawBody, StandardCharsets.UTF_8);
        String timestamp = header.apply("X-TIMESTAMP");
        String externalId = trimmed(header.apply("X-EXTERNAL-ID"));
        String bodyHash = CashInSnapSigner.bodyHash(body);
        Map<String, String> stored = new LinkedHashMap<>();
        for (String name : STORED_HEADERS) {
            String value = header.apply(name);
            if (value != null) {
                stored.put(name, value);
            }
        }
        stored.put("X-Kasir-Path", path);
        stored.put("X-Kasir-Body-SHA256", bodyHash);
        Draft draft = new Draft(stored, body, remoteAddress, receivedAt, externalId);

        if (!signatureVerifies(path, requestUrl, body, timestamp, header.apply("X-SIGNATURE"))) {
            return reject(draft, "bad or missing X-SIGNATURE", BAD_SIGNATURE);
        }
        if (!timestampAcceptable(timestamp, receivedAt)) {
            return reject(draft, "X-TIMESTAMP missing, unreadable or outside +-" + tolerance, STALE_TIMESTAMP);
        }
        if (externalId == null) {
            return reject(draft, "no X-EXTERNAL-ID",
                    Response.snap(400, "4005602", "Invalid Mandatory Field X-EXTERNAL-ID"));
        }
        GuardAgainstReplays.Verdict replay;
        try {
            replay = replayGuard.check(header.apply("X-PARTNER-ID"), externalId, timestamp, bodyHash, dedupKey(externalId));
        } catch (RuntimeException e) {
            return notTakenIn(draft, claimedReference(body), e);
        }
        if (replay instanceof GuardAgainstReplays.Verdict.AlteredReplay) {
            return reject(draft, "X-EXTERNAL-ID " + externalId + " seen before with another body", REPLAYED);
        }
        if (replay instanceof GuardAgainstReplays.Verdict.ReplayUnderNewId earlier) {
            return reject(draft, "replay: this signed body and X-TIMESTAMP were already acted on under X-EXTERNAL-ID "
                    + earlier.firstId(), REPLAYED);
        }
        Optional<JsonNode> json = CashInJson.read(body);
        if (json.isEmpty()) {
            return reject(draft, "body is not a JSON object", INVALID_FORMAT);
        }
        CashInNotifyBody notice = CashInNotifyBody.read(json.get());
        Optional<String> missing = notice.missingMandatoryField();
        if (missing.isPresent()) {
            return reject(draft, "no " + missing.get(),
                    Response.snap(400, "4005602", "Invalid Mandatory Field " + missing.get()));
        }
        stored.put("X-Kasir-Matched-Field", notice.matchedField());
        notice.originalExternalId().ifPresent(id -> stored.put("X-Kasir-Original-External-Id", id));
        return store(draft, dedupKey(externalId), notice.reference(), Verification.VERIFIED, notice.report());
    }

    private Response reject(Draft draft, String reason, Response answer) {
        draft.headers.put("X-Kasir-Rejected-Because", reason);
        log.warn("Cash In notification refused (" + answer.httpStatus() + "): " + reason + "; " + draft.body.length()
                + " characters from " + draft.remoteAddress + ", stored as rejected");
        // The reference it claims, if it can be read, so ops can find the attempt beside the payment.
        Response stored = store(draft, "rejected", claimedReference(draft.body), Verification.REJECTED, null);
        return stored == INTERNAL_ERROR ? stored : answer;
    }

    private Response store(Draft draft, String dedupKey, String reference, Verification verification,
                           GatewayReport report) {
        InboundNotification notification = new InboundNotification(CashInPaymentGateway.ID, dedupKey, reference,
                verification, CashInMasking.headers(draft.headers), draft.body, draft.remoteAddress, draft.receivedAt);
        try {
            ReceiveGatewayNotification.Receipt receipt = receiver.get().receive(notification, report);
            return receipt.acknowledged() ? SUCCESS : BAD_SIGNATURE;
        } catch (RuntimeException e) {
            return notTakenIn(draft, reference, e);
        }
    }

    /**
     * Not stored (or not applied): a 5xx makes Cash In send it again, which is what we want — SNAP's notify
     * is acknowledged only by 2xx {@code 2005600}; the document names no retry rule of its own, and SNAP's
     * table has no 503 case, so the answer is its internal error, 500 {@code 5005600}. One log line names
     * the payment and the X-EXTERNAL-ID; a stack trace only when it was not an outage of Kasir's database.
     */
    private static Response notTakenIn(Draft draft, String reference, RuntimeException failure) {
        NotificationNotTakenIn notTaken = new NotificationNotTakenIn(CashInPaymentGateway.ID, reference,
                draft.externalId, failure);
        if (notTaken.storeUnavailable()) {
            log.warn(notTaken.logLine(INTERNAL_ERROR.httpStatus()));
        } else {
            log.error(notTaken.logLine(INTERNAL_ERROR.httpStatus()), failure);
        }
        return INTERNAL_ERROR;
    }

    private static String claimedReference(String body) {
        return CashInJson.read(body).map(CashInNotifyBody::read).map(CashInNotifyBody::reference).orElse(null);
    }

    private boolean signatureVerifies(String path, String requestUrl, String body, String timestamp, String signature) {
        if (signature == null || signature.isBlank() || timestamp == null) {
            return false;
        }
        for (String signedPath : List.of(path, requestUrl == null ? "" : requestUrl, publicBaseUrl + path)) {
            if (!signedPath.isEmpty() && signer.verifyGatewaySignature(
                    CashInSnapSigner.stringToSign("POST", signedPath, body, timestamp), signature)) {
                return true;
            }
        }
        return false;
    }

    private boolean timestampAcceptable(String timestamp, Instant now) {
        try {
            Instant sent = OffsetDateTime.parse(timestamp.trim()).toInstant();
            return Duration.between(sent, now).abs().compareTo(tolerance) <= 0;
        } catch (DateTimeParseException | NullPointerException unreadable) {
            return false;
        }
    }

    /** The inbox's key: X-EXTERNAL-ID, which SNAP makes unique per notification; hashed if absurdly long. */
    private static String dedupKey(String externalId) {
        String key = "xid:" + externalId;
        return key.length() <= 100 ? key : "xid-sha256:" + CashInSnapSigner.bodyHash(externalId);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private record Draft(Map<String, String> headers, String body, String remoteAddress, Instant receivedAt,
                         String externalId) {
    }
}
