package id.kasir.web.admin.inbox;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.ops.OpsExceptionSearch;
import id.kasir.domain.ops.OpsExceptionState;
import id.kasir.domain.ops.OpsExceptionType;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The exceptions list's filter as the page sends it: {@code type} (an {@link OpsExceptionType} name),
 * {@code state} (blank: not resolved yet; {@code OPEN}, {@code IN_PROGRESS}, {@code RESOLVED}; {@code ALL}),
 * {@code gateway} (a gateway id), {@code age} (older than: {@code 1h}, {@code 1d}, {@code 7d}) and
 * {@code owner} (a username). Unknown values are ignored rather than refused, so a bookmarked link keeps working.
 */
record ExceptionFilter(String type, String state, String gateway, String age, String owner) {

    static final Set<String> AGES = Set.of("1h", "1d", "7d");

    OpsExceptionSearch toSearch(Instant now, int limit) {
        return new OpsExceptionSearch(typeOrNull(), states(), blank(gateway) ? null : GatewayId.of(gateway.strip()),
                raisedBefore(now), blank(owner) ? null : owner.strip(), limit);
    }

    private OpsExceptionType typeOrNull() {
        if (blank(type)) {
            return null;
        }
        try {
            return OpsExceptionType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private Set<OpsExceptionState> states() {
        if (blank(state)) {
            return EnumSet.of(OpsExceptionState.OPEN, OpsExceptionState.IN_PROGRESS);
        }
        try {
            return EnumSet.of(OpsExceptionState.valueOf(state.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException allOrUnknown) {
            return Set.of();
        }
    }

    private Instant raisedBefore(Instant now) {
        if (blank(age) || !AGES.contains(age)) {
            return null;
        }
        Duration older = switch (age) {
            case "1h" -> Duration.ofHours(1);
            case "1d" -> Duration.ofDays(1);
            default -> Duration.ofDays(7);
        };
        return now.minus(older);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
