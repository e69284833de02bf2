package id.kasir.application.testing;

import id.kasir.domain.common.InvalidPageCursor;
import id.kasir.domain.common.Page;
import id.kasir.domain.common.StaleAggregateException;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEvent;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentLookup;
import id.kasir.domain.payment.PaymentSearch;
import id.kasir.domain.payment.PaymentState;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.PaymentTotal;
import id.kasir.domain.payment.Payments;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Payments in memory, with the same optimistic-locking contract as the database: an update of a
 * stale version throws. Stores states, not objects, so each load is a fresh aggregate. Its monitor
 * is the lock of {@link TestKasir}'s transactions: reads wait for a running transaction to finish.
 */
public final class InMemoryPayments implements Payments {

    private final Map<PaymentId, PaymentState> states = new ConcurrentHashMap<>();
    private final Map<PaymentId, List<PaymentEvent>> timelines = new ConcurrentHashMap<>();

    @Override
    public synchronized void add(Payment payment) {
        if (byOrderId(payment.orderId()).isPresent()) {
            throw new DuplicateOrderIdException(payment.orderId());
        }
        states.put(payment.id(), payment.state());
        timelines.put(payment.id(), new ArrayList<>(payment.newEvents()));
        payment.clearNewEvents();
    }

    @Override
    public synchronized void update(Payment payment) {
        PaymentState current = states.get(payment.id());
        if (current == null || current.version() != payment.version()) {
            throw new StaleAggregateException("Payment", payment.id().value(), payment.version());
        }
        PaymentState s = payment.state();
        states.put(payment.id(), new PaymentState(s.id(), s.orderId(), s.gateway(), s.method(), s.amount(),
                s.amountToPay(), s.paidAmount(), s.gatewayFee(), s.reference(), s.gatewayReference(), s.instructions(),
                s.customer(), s.description(), s.successUrl(), s.cancelUrl(), s.status(), s.statusReason(),
                s.expiresAt(), s.createdAt(), s.updatedAt(), s.paidAt(), s.version() + 1));
        timelines.get(payment.id()).addAll(payment.newEvents());
        payment.clearNewEvents();
    }

    @Override
    public synchronized Optional<Payment> byId(PaymentId id) {
        return Optional.ofNullable(states.get(id)).map(Payment::restore);
    }

    @Override
    public synchronized Optional<Payment> byOrderId(String orderId) {
        return states.values().stream().filter(s -> s.orderId().equals(orderId)).findFirst().map(Payment::restore);
    }

    @Override
    public synchronized Optional<Payment> byAnyReference(GatewayId gateway, String reference) {
        return states.values().stream()
                .filter(s -> s.gateway().equals(gateway))
                .filter(s -> s.reference().equals(reference) || Objects.equals(s.gatewayReference(), reference))
                .findFirst().map(Payment::restore);
    }

    @Override
    public synchronized List<PaymentEvent> timeline(PaymentId id) {
        return List.copyOf(timelines.getOrDefault(id, List.of()));
    }

    /** A place in the newest-first order: creation time, then id. */
    private record Position(Instant createdAt, String id) implements Comparable<Position> {
        static Position of(PaymentState s) {
            return new Position(s.createdAt(), s.id().value());
        }

        /** Negative when this comes first, i.e. is newer. */
        @Override
        public int compareTo(Position other) {
            int byTime = other.createdAt.compareTo(createdAt);
            return byTime != 0 ? byTime : other.id.compareTo(id);
        }
    }

    /**
     * The same filters and keyset order as the database (newest first by creation time, then id); the
     * cursor is {@code <createdAt>|<id>} in Base64, opaque to callers like the database's.
     */
    @Override
    public synchronized Page<Payment> search(PaymentSearch search) {
        Position after = search.after() == null ? null : decode(search.after());
        List<PaymentState> matching = states.values().stream()
                .filter(s -> matchesFilters(s, search))
                .filter(s -> after == null || Position.of(s).compareTo(after) > 0)
                .sorted(Comparator.comparing(Position::of))
                .limit(search.limit() + 1L)
                .toList();
        List<Payment> page = matching.stream().limit(search.limit()).map(Payment::restore).toList();
        if (matching.size() <= search.limit()) {
            return Page.last(page);
        }
        PaymentState last = matching.get(search.limit() - 1);
        return new Page<>(page, Optional.of(Base64.getUrlEncoder().withoutPadding().encodeToString(
                (last.createdAt() + "|" + last.id().value()).getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public synchronized List<PaymentTotal> totals(PaymentSearch search) {
        Map<PaymentStatus, Map<java.util.Currency, List<PaymentState>>> groups = new java.util.TreeMap<>();
        states.values().stream().filter(s -> matchesFilters(s, search)).sorted(Comparator.comparing(Position::of))
                .limit(TOTALS_WINDOW).forEach(s -> groups
                .computeIfAbsent(s.status(), k -> new java.util.TreeMap<>(Comparator.comparing(java.util.Currency::getCurrencyCode)))
                .computeIfAbsent(s.amountToPay().currency(), k -> new ArrayList<>()).add(s));
        List<PaymentTotal> totals = new ArrayList<>();
        groups.forEach((status, byCurrency) -> byCurrency.forEach((currency, list) -> totals.add(new PaymentTotal(
                status, list.size(), list.stream().map(PaymentState::amountToPay).reduce(Money::plus).orElseThrow()))));
        return totals;
    }

    private static boolean matchesFilters(PaymentState s, PaymentSearch search) {
        return (search.gateway() == null || s.gateway().equals(search.gateway()))
                && (search.method() == null || s.method() == search.method())
                && (search.status() == null || s.status() == search.status())
                && (search.createdFrom() == null || !s.createdAt().isBefore(search.createdFrom()))
                && (search.createdTo() == null || s.createdAt().isBefore(search.createdTo()))
                && (search.minAmount() == null || !s.amount().isLessThan(search.minAmount()))
                && (search.maxAmount() == null || !s.amount().isGreaterThan(search.maxAmount()))
                && (search.orderId() == null || s.orderId().equals(search.orderId()))
                && (search.gatewayReference() == null || Objects.equals(s.gatewayReference(), search.gatewayReference()))
                && (search.customerPhone() == null || Objects.equals(s.customer().phone(), search.customerPhone()));
    }

    @Override
    public synchronized Map<PaymentId, String> orderIds(java.util.Collection<PaymentId> ids) {
        Map<PaymentId, String> found = new java.util.HashMap<>();
        ids.forEach(id -> Optional.ofNullable(states.get(id)).ifPresent(s -> found.put(id, s.orderId())));
        return found;
    }

    @Override
    public synchronized List<Payment> find(PaymentLookup lookup, int limit) {
        return states.values().stream().filter(lookup::matches).sorted(Comparator.comparing(Position::of))
                .limit(limit).map(Payment::restore).toList();
    }

    private static Position decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            return new Position(Instant.parse(parts[0]), parts[1]);
        } catch (RuntimeException e) {
            throw new InvalidPageCursor("Not a page cursor of the payments list");
        }
    }

    /** How many payments are stored. */
    public synchronized int size() {
        return states.size();
    }

    @Override
    public synchronized List<Payment> overdue(Instant now, int limit) {
        return states.values().stream()
                .filter(s -> s.status().isInFlight() && !now.isBefore(s.expiresAt()))
                .sorted(Comparator.comparing(PaymentState::expiresAt))
                .limit(limit).map(Payment::restore).toList();
    }

    @Override
    public synchronized List<Payment> inFlight(Instant createdBefore, String afterId, int limit) {
        return states.values().stream()
                .filter(s -> s.status().isInFlight() && s.createdAt().isBefore(createdBefore))
                .filter(s -> afterId == null || s.id().value().compareTo(afterId) > 0)
                .sorted(Comparator.comparing(s -> s.id().value()))
                .limit(limit).map(Payment::restore).toList();
    }
}
