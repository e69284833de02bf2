package id.kasir.application.testing;

import id.kasir.domain.common.Page;
import id.kasir.domain.common.StaleAggregateException;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEvent;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentSearch;
import id.kasir.domain.payment.PaymentState;
import id.kasir.domain.payment.Payments;
import java.time.Instant;
import java.util.ArrayList;
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

    @Override
    public synchronized Page<Payment> search(PaymentSearch search) {
        List<Payment> matching = states.values().stream()
                .filter(s -> search.gateway() == null || s.gateway().equals(search.gateway()))
                .filter(s -> search.status() == null || s.status() == search.status())
                .filter(s -> search.orderId() == null || s.orderId().equals(search.orderId()))
                .sorted(Comparator.comparing(PaymentState::createdAt).reversed())
                .limit(search.limit())
                .map(Payment::restore)
                .toList();
        return Page.last(matching);
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
