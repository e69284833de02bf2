package id.kasir.sandbox.cashin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;

/**
 * Authenticates a SNAP request (QRIS, e-money) as Cash In does: mandatory headers, X-TIMESTAMP format and
 * window, X-PARTNER-ID, the RSA signature, then X-EXTERNAL-ID unique per partner per day. The id is only
 * consumed once the signature verifies, so a forged request cannot burn a merchant's ids.
 */
final class SnapRequestGuard {

    private static final Pattern EXTERNAL_ID = Pattern.compile("\\d{1,36}");
    private static final Pattern CHANNEL_ID = Pattern.compile("\\d{1,5}");
    private static final String[] MANDATORY = {"X-TIMESTAMP", "X-PARTNER-ID", "X-EXTERNAL-ID", "X-SIGNATURE", "CHANNEL-ID"};

    private final String partnerId;
    private final SnapAsymmetricSignatureVerifier verifier;
    private final ReplayGuard externalIds;
    private final Clock clock;
    private final Duration tolerance;

    SnapRequestGuard(String partnerId, SnapAsymmetricSignatureVerifier verifier, ReplayGuard externalIds,
                     Clock clock, Duration tolerance) {
        this.partnerId = partnerId;
        this.verifier = verifier;
        this.externalIds = externalIds;
        this.clock = clock;
        this.tolerance = tolerance;
    }

    /** The refusal for this request, or empty if it may be processed. */
    Optional<GatewayAnswer> refuse(HttpHeaders headers, String body, String relativePath, String service) {
        for (String name : MANDATORY) {
            String value = headers.getFirst(name);
            if (value == null || value.isBlank()) {
                return Optional.of(GatewayAnswer.snapError(400, service, "02", "Invalid Mandatory Field " + name));
            }
        }
        String timestamp = headers.getFirst("X-TIMESTAMP");
        Optional<Instant> stamp = SnapTimestamps.parse(timestamp);
        if (stamp.isEmpty()) {
            return Optional.of(GatewayAnswer.snapError(400, service, "01", "Invalid Field Format X-TIMESTAMP"));
        }
        String externalId = headers.getFirst("X-EXTERNAL-ID");
        if (!EXTERNAL_ID.matcher(externalId).matches()) {
            return Optional.of(GatewayAnswer.snapError(400, service, "01", "Invalid Field Format X-EXTERNAL-ID"));
        }
        if (!CHANNEL_ID.matcher(headers.getFirst("CHANNEL-ID")).matches()) {
            return Optional.of(GatewayAnswer.snapError(400, service, "01", "Invalid Field Format CHANNEL-ID"));
        }
        if (!partnerId.equals(headers.getFirst("X-PARTNER-ID"))) {
            return Optional.of(GatewayAnswer.snapError(401, service, "00", "Unauthorized. Unknown X-PARTNER-ID"));
        }
        if (!SnapTimestamps.withinTolerance(stamp.get(), clock, tolerance)) {
            return Optional.of(GatewayAnswer.snapError(401, service, "00", "Unauthorized. X-TIMESTAMP out of range"));
        }
        if (!verifier.verifies("POST", relativePath, body, timestamp, headers.getFirst("X-SIGNATURE"))) {
            return Optional.of(GatewayAnswer.snapError(401, service, "00", "Unauthorized. Signature"));
        }
        if (!externalIds.firstUse(partnerId, externalId, clock.instant().atZone(SnapTimestamps.JAKARTA).toLocalDate())) {
            return Optional.of(GatewayAnswer.snapError(409, service, "00", "Conflict"));
        }
        return Optional.empty();
    }
}
