package id.kasir.adapters.persistence.payout;

import id.kasir.domain.common.Page;
import id.kasir.domain.common.StaleAggregateException;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutEvent;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.PayoutSearch;
import id.kasir.domain.payout.PayoutStatus;
import id.kasir.domain.payout.PayoutTotal;
import id.kasir.domain.payout.Payouts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * Payouts in {@code payouts} and their timelines in {@code payout_events}, through MyBatis.
 *
 * <p>{@link #update} is optimistic, as for payments: it changes the row only if its version is still
 * the one the payout was loaded with. The {@link Payout} keeps its loaded version, so load it again
 * before changing it a second time; on {@link StaleAggregateException} re-read in a new transaction
 * and re-judge. New timeline events are stored after the row and then cleared.
 *
 * <p>The send lock is one row of {@code payout_send_lock}, taken with {@code SELECT … FOR UPDATE}; the
 * amounts it guards are read with a locking read too, so they are the latest committed whatever the
 * transaction's snapshot (MySQL's REPEATABLE READ would otherwise show an older sum).
 */
@Repository
public class MyBatisPayouts implements Payouts {

    private final PayoutMapper mapper;

    MyBatisPayouts(PayoutMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void add(Payout payout) {
        try {
            mapper.insert(PayoutRow.of(payout));
        } catch (DuplicateKeyException taken) {
            throw duplicate(payout);
        }
        storeNewEvents(payout);
    }

    /** Which unique key was taken, found by looking (never by reading the driver's message). */
    private DuplicatePayoutException duplicate(Payout payout) {
        if (byReference(payout.reference()).isPresent()) {
            return new DuplicatePayoutException(DuplicatePayoutException.Field.REFERENCE,
                    "Payout reference already used: " + payout.reference());
        }
        if (payout.idempotencyKeyHash().flatMap(this::byIdempotencyKeyHash).isPresent()) {
            return new DuplicatePayoutException(DuplicatePayoutException.Field.IDEMPOTENCY_KEY,
                    "Idempotency-Key already used for another payout");
        }
        return new DuplicatePayoutException(DuplicatePayoutException.Field.PARTNER_REFERENCE_NO,
                "partnerReferenceNo already used: " + payout.partnerReferenceNo());
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
    public Optional<Payout> byIdempotencyKeyHash(String keyHash) {
        return Optional.ofNullable(mapper.byIdempotencyKeyHash(keyHash)).map(PayoutRow::toPayout);
    }

    @Override
    public List<PayoutEvent> timeline(PayoutId id) {
        return mapper.events(id.value()).stream().map(PayoutEventRow::toEvent).toList();
    }

    /** Newest first by (created_at, id); one row more than the page is read to know whether another follows. */
    @Override
    public Page<Payout> search(PayoutSearch search) {
        List<PayoutRow> rows = mapper.search(search, search.limit() + 1);
        if (rows.size() <= search.limit()) {
            return Page.last(rows.stream().map(PayoutRow::toPayout).toList());
        }
        List<PayoutRow> page = rows.subList(0, search.limit());
        return new Page<>(page.stream().map(PayoutRow::toPayout).toList(), Optional.of(page.get(page.size() - 1).id));
    }

    @Override
    public List<PayoutTotal> totals(PayoutSearch filters) {
        return mapper.totals(filters).stream()
                .map(t -> new PayoutTotal(PayoutStatus.valueOf(t.status), t.count,
                        Money.of(t.amount, Currency.getInstance(t.currency))))
                .toList();
    }

    @Override
    public Money sentOn(LocalDate sendDay, Currency currency) {
        BigDecimal sum = mapper.sentOn(sendDay, currency.getCurrencyCode());
        return Money.of(sum == null ? BigDecimal.ZERO : sum, currency);
    }

    @Override
    public Money sentOnHoldingTheSendLock(LocalDate sendDay, Currency currency) {
        if (mapper.takeSendLock() == null) {
            throw new IllegalStateException("The payout send lock row is missing (table payout_send_lock, migration V14_1)");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal amount : mapper.sentAmountsForUpdate(sendDay, currency.getCurrencyCode())) {
            sum = sum.add(amount);
        }
        return Money.of(sum, currency);
    }

    @Override
    public List<Payout> processingSentBefore(Instant sentBefore, String afterId, int limit) {
        return mapper.processingSentBefore(sentBefore, afterId, limit).stream().map(PayoutRow::toPayout).toList();
    }

    @Override
    public List<Payout> dueForStatusCheck(Instant now, int limit) {
        return mapper.dueForStatusCheck(now, limit).stream().map(PayoutRow::toPayout).toList();
    }

    @Override
    public List<Payout> approvedUnsent(Instant approvedBefore, int limit) {
        return mapper.approvedUnsent(approvedBefore, limit).stream().map(PayoutRow::toPayout).toList();
    }

    private void storeNewEvents(Payout payout) {
        for (PayoutEvent event : payout.newEvents()) {
            mapper.insertEvent(PayoutEventRow.of(payout.id().value(), event));
        }
        payout.clearNewEvents();
    }
}
