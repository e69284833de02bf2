package id.kasir.domain.payout;

import java.util.List;
import java.util.Optional;

/** Where payouts are kept (repository port); saving also stores the new timeline events. */
public interface Payouts {
    void add(Payout payout);

    /** @throws id.kasir.domain.common.StaleAggregateException when someone else changed it first */
    void update(Payout payout);

    Optional<Payout> byId(PayoutId id);

    Optional<Payout> byReference(String reference);

    List<PayoutEvent> timeline(PayoutId id);

    /** Payouts whose money may be moving (APPROVED, PROCESSING), after a cursor id. */
    List<Payout> inFlight(String afterId, int limit);
}
