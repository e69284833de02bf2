package id.kasir.application.payment;

import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEvent;
import id.kasir.domain.payment.PaymentEventType;
import id.kasir.domain.payment.Payments;
import java.util.List;

/**
 * Stores a payment's changes and tells the status listeners about each status change, in the
 * caller's transaction. Every use case that changes a payment saves it through here, so no status
 * change can skip the listeners. A new payment is stored under its own version; a change of a loaded
 * payment under the next one ({@link Payments#update}), which is the version the listeners are told.
 */
public final class PaymentWriter {

    private final Payments payments;
    private final List<PaymentStatusListener> listeners;

    public PaymentWriter(Payments payments, List<PaymentStatusListener> listeners) {
        this.payments = payments;
        this.listeners = List.copyOf(listeners);
    }

    public void add(Payment payment) {
        List<PaymentEvent> events = payment.newEvents();
        payments.add(payment);
        announce(payment, events, payment.version());
    }

    public void update(Payment payment) {
        List<PaymentEvent> events = payment.newEvents();
        if (events.isEmpty()) {
            return;
        }
        payments.update(payment);
        announce(payment, events, payment.version() + 1);
    }

    private void announce(Payment payment, List<PaymentEvent> events, long storedVersion) {
        for (PaymentEvent event : events) {
            if (event.type() == PaymentEventType.STATUS_CHANGED && event.from() != null) {
                listeners.forEach(l -> l.statusChanged(payment, event.from(), event.to(), storedVersion));
            }
        }
    }
}
