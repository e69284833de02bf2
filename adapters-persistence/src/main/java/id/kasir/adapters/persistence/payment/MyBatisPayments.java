package id.kasir.adapters.persistence.payment;

import id.kasir.adapters.persistence.mybatis.ChangedSinceRead;
import id.kasir.domain.common.Page;
import id.kasir.domain.common.StaleAggregateException;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEvent;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentLookup;
import id.kasir.domain.payment.PaymentSearch;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.PaymentTotal;
import id.kasir.domain.payment.Payments;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * Payments in {@code payments} and their timelines in {@code payment_events}, through MyBatis.
 *
 * <p>{@link #update} is optimistic: it changes the row only if its version is still the one the
 * payment was loaded with, and then bumps it. The {@link Payment} object keeps the version it was
 * loaded with, so a caller that wants to change the payment again must load it again first (a second
 * {@code update} of the same object is refused as stale). On {@link StaleAggregateException} the
 * caller re-reads in a <em>new</em> transaction (a MySQL REPEATABLE READ transaction would keep
 * showing it the old row) and re-judges.
 *
 * <p>Saving stores the payment's {@link Payment#newEvents()} after the row, in the same transaction
 * when the caller runs one, and then clears them.
 */
@Repository
public class MyBatisPayments implements Payments {

    private static final List<String> IN_FLIGHT = Arrays.stream(PaymentStatus.values())
            .filter(PaymentStatus::isInFlight).map(Enum::name).toList();

    private final PaymentMapper mapper;
    private final int totalsWindow;

    @Autowired
    MyBatisPayments(PaymentMapper mapper) {
        this(mapper, TOTALS_WINDOW);
    }

    /** @param totalsWindow the most payments {@link #totals} adds up (tests use a small one) */
    MyBatisPayments(PaymentMapper mapper, int totalsWindow) {
        this.mapper = mapper;
        this.totalsWindow = totalsWindow;
    }

    @Override
    public void add(Payment payment) {
        try {
            mapper.insert(PaymentRow.of(payment));
        } catch (DuplicateKeyException e) {
            if (isOrderIdTaken(e)) {
                throw new DuplicateOrderIdException(payment.orderId());
            }
            throw e;
        }
        storeNewEvents(payment);
    }

    @Override
    public void update(Payment payment) {
        int updated;
        try {
            updated = mapper.update(PaymentRow.of(payment));
        } catch (DataAccessException e) {
            if (ChangedSinceRead.causedBy(e)) {
                // MariaDB with innodb_snapshot_isolation: another transaction changed the row first.
                throw new StaleAggregateException("Payment", payment.id().value(), payment.version());
            }
            throw e;
        }
        if (updated != 1) {
            throw new StaleAggregateException("Payment", payment.id().value(), payment.version());
        }
        storeNewEvents(payment);
    }

    @Override
    public Optional<Payment> byId(PaymentId id) {
        return Optional.ofNullable(mapper.byId(id.value())).map(PaymentRow::toPayment);
    }

    @Override
    public Optional<Payment> byOrderId(String orderId) {
        return Optional.ofNullable(mapper.byOrderId(orderId)).map(PaymentRow::toPayment);
    }

    @Override
    public Optional<Payment> byAnyReference(GatewayId gateway, String reference) {
        PaymentRow row = mapper.byReference(gateway.value(), reference);
        if (row == null) {
            row = mapper.byGatewayReference(gateway.value(), reference);
        }
        return Optional.ofNullable(row).map(PaymentRow::toPayment);
    }

    @Override
    public List<PaymentEvent> timeline(PaymentId id) {
        return mapper.events(id.value()).stream().map(PaymentEventRow::toEvent).toList();
    }

    /**
     * Newest first by (created_at, id). {@code createdFrom} is inclusive and {@code createdTo}
     * exclusive; the amount bounds apply to the requested amount, in the bounds' currency.
     */
    @Override
    public Page<Payment> search(PaymentSearch search) {
        PaymentCursor after = search.after() == null ? null : PaymentCursor.decode(search.after());
        List<PaymentRow> rows = mapper.search(PaymentQueries.of(search, after));
        if (rows.size() <= search.limit()) {
            return Page.last(rows.stream().map(PaymentRow::toPayment).toList());
        }
        List<PaymentRow> page = rows.subList(0, search.limit());
        return new Page<>(page.stream().map(PaymentRow::toPayment).toList(),
                Optional.of(PaymentCursor.after(page.get(page.size() - 1)).encode()));
    }

    @Override
    public java.util.Map<PaymentId, String> orderIds(java.util.Collection<PaymentId> ids) {
        if (ids.size() > PaymentSearch.MAX_LIMIT) {
            throw new IllegalArgumentException("At most " + PaymentSearch.MAX_LIMIT + " ids at once");
        }
        java.util.Map<PaymentId, String> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            mapper.orderIds(ids.stream().map(PaymentId::value).distinct().toList())
                    .forEach(row -> found.put(new PaymentId(row.id), row.orderId));
        }
        return found;
    }

    /**
     * One GROUP BY over the newest {@code totalsWindow} matches of the same filters as {@link #search}; the order
     * follows {@link PaymentStatus}'s declaration.
     */
    @Override
    public List<PaymentTotal> totals(PaymentSearch search) {
        return mapper.totals(PaymentQueries.of(search.after(null), null), totalsWindow).stream()
                .map(PaymentTotalRow::toTotal)
                .sorted(java.util.Comparator.comparing(PaymentTotal::status))
                .toList();
    }

    /**
     * One query over the indexed keys: id, {@code order_key} (lower-cased order id, exact or prefix), reference,
     * gateway reference and {@code phone_key} (the phone's {@code 62…} digits), both written on insert.
     */
    @Override
    public List<Payment> find(PaymentLookup lookup, int limit) {
        if (limit <= 0 || limit > PaymentSearch.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + PaymentSearch.MAX_LIMIT);
        }
        return mapper.find(lookup, limit).stream().map(PaymentRow::toPayment).toList();
    }

    @Override
    public List<Payment> overdue(Instant now, int limit) {
        return mapper.overdue(IN_FLIGHT, now, limit).stream().map(PaymentRow::toPayment).toList();
    }

    /** Ordered by id, so {@code afterId} (the last id of the batch before) walks the whole set once. */
    @Override
    public List<Payment> inFlight(Instant createdBefore, String afterId, int limit) {
        return mapper.inFlight(IN_FLIGHT, createdBefore, afterId, limit).stream().map(PaymentRow::toPayment).toList();
    }

    private void storeNewEvents(Payment payment) {
        for (PaymentEvent event : payment.newEvents()) {
            mapper.insertEvent(PaymentEventRow.of(payment.id().value(), event));
        }
        payment.clearNewEvents();
    }

    /**
     * Which unique key was hit is only in the driver's message; MySQL, MariaDB and H2 all name the
     * constraint there (H2 also quotes the whole statement, so a column name would not do).
     */
    private static boolean isOrderIdTaken(DuplicateKeyException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("uk_payments_order_id");
    }
}
