package id.kasir.adapters.persistence.payout;

import id.kasir.domain.common.StaleAggregateException;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutEvent;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.PayoutStatus;
import id.kasir.domain.payout.Payouts;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/**
 * Payouts in {@code payouts} and their timelines in {@code payout_events}, through MyBatis.
 *
 * <p>{@link #update} is optimistic, as for payments: it changes the row only if its version is still
 * the one the payout was loaded with. The {@link Payout} keeps its loaded version, so load it again
 * before changing it a second time; on {@link StaleAggregateException} re-read in a new transaction
 * and re-judge. New timeline events are stored after the row and then cleared.
 */
@Repository
public class MyBatisPayouts implements Payouts {

    private static final List<String> IN_FLIGHT = Arrays.stream(PayoutStatus.values())
            .filter(PayoutStatus::isInFlight).map(Enum::name).toList();

    private final PayoutMapper mapper;

    MyBatisPayouts(PayoutMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void add(Payout payout) {
        mapper.insert(PayoutRow.of(payout));
        storeNewEvents(payout);
    }

    @Override
    public void update(Payout payout) {
        if (mapper.update(PayoutRow.of(payout)) != 1) {
            throw new StaleAggregateException("Payout", payout.id().value(), payout.version());
        }
        storeNewEvents(payout);
    }

    @Override
    public Optional<Payout> byId(PayoutId id) {
        return Optional.ofNullable(mapper.byId(id.value())).map(PayoutRow::toPayout);
    }

    @Override
    public Optional<Payout> byReference(String reference) {
        return Optional.ofNullable(mapper.byReference(reference)).map(PayoutRow::toPayout);
    }

    @Override
    public List<PayoutEvent> timeline(PayoutId id) {
        return mapper.events(id.value()).stream().map(PayoutEventRow::toEvent).toList();
    }

    /** Ordered by id, so {@code afterId} (the last id of the batch before) walks the whole set once. */
    @Override
    public List<Payout> inFlight(String afterId, int limit) {
        return mapper.inFlight(IN_FLIGHT, afterId, limit).stream().map(PayoutRow::toPayout).toList();
    }

    private void storeNewEvents(Payout payout) {
        for (PayoutEvent event : payout.newEvents()) {
            mapper.insertEvent(PayoutEventRow.of(payout.id().value(), event));
        }
        payout.clearNewEvents();
    }
}
