package id.kasir.domain.ops;

import id.kasir.domain.gateway.GatewayId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A filter over all exceptions, resolved ones included; every field may be null (no filter), and an
 * empty {@code states} means any state.
 * {@code gateway} matches the gateway of the payment or payout the exception is about;
 * {@code raisedBefore} expresses an age ("older than a day" is now minus one day). Results come oldest
 * first, at most {@code limit}.
 */
public record OpsExceptionSearch(OpsExceptionType type, Set<OpsExceptionState> states, GatewayId gateway,
                                 Instant raisedBefore, String owner, int limit) {

    public OpsExceptionSearch {
        states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(states);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }

    /** Everything not resolved yet (OPEN and IN_PROGRESS), oldest first. */
    public static OpsExceptionSearch unresolved(int limit) {
        return new OpsExceptionSearch(null, EnumSet.of(OpsExceptionState.OPEN, OpsExceptionState.IN_PROGRESS), null,
                null, null, limit);
    }
}
