package id.kasir.sandbox.cashin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * Authenticates a checkout-page API request: X-CLIENT-ID, X-REQUEST-ID (unique per client per day),
 * X-TIMESTAMP format and window, and the HMAC signature over the short relative path.
 */
final class CheckoutRequestGuard {

    private static final String[] MANDATORY = {"X-CLIENT-ID", "X-REQUEST-ID", "X-TIMESTAMP", "X-SIGNATURE"};

    private final String clientId;
    private final CashInSymmetricSignatureVerifier verifier;
    private final ReplayGuard requestIds;
    private final Clock clock;
    private final Duration tolerance;

    CheckoutRequestGuard(String clientId, CashInSymmetricSignatureVerifier verifier, ReplayGuard requestIds,
                         Clock clock, Duration tolerance) {
        this.clientId = clientId;
        this.verifier = verifier;
        this.requestIds = requestIds;
        this.clock = clock;
        this.tolerance = tolerance;
    }

    Optional<GatewayAnswer> refuse(HttpHeaders headers, String body, String relativePath) {
        for (String name : MANDATORY) {
            String value = headers.getFirst(name);
            if (value == null || value.isBlank()) {
                return Optional.of(GatewayAnswer.checkoutError(400, "Missing mandatory header " + name));
            }
        }
        String requestId = headers.getFirst("X-REQUEST-ID");
        if (requestId.length() > 36) {
            return Optional.of(GatewayAnswer.checkoutError(400, "X-REQUEST-ID is longer than 36 characters"));
        }
        String timestamp = headers.getFirst("X-TIMESTAMP");
        Optional<Instant> stamp = SnapTimestamps.parse(timestamp);
        if (stamp.isEmpty()) {
            return Optional.of(GatewayAnswer.checkoutError(400, "X-TIMESTAMP must be yyyy-MM-ddTHH:mm:ss+07:00"));
        }
        if (!clientId.equals(headers.getFirst("X-CLIENT-ID"))) {
            return Optional.of(GatewayAnswer.checkoutError(401, "Unauthorized: unknown X-CLIENT-ID"));
        }
        if (!SnapTimestamps.withinTolerance(stamp.get(), clock, tolerance)) {
            return Optional.of(GatewayAnswer.checkoutError(401, "Unauthorized: X-TIMESTAMP out of range"));
        }
        if (!verifier.verifies("POST", relativePath, body, timestamp, headers.getFirst("X-SIGNATURE"))) {
            return Optional.of(GatewayAnswer.checkoutError(401, "Unauthorized: invalid signature"));
        }
        if (!requestIds.firstUse(clientId, requestId, clock.instant().atZone(SnapTimestamps.JAKARTA).toLocalDate())) {
            return Optional.of(GatewayAnswer.checkoutError(409, "Duplicate X-REQUEST-ID"));
        }
        return Optional.empty();
    }
}
