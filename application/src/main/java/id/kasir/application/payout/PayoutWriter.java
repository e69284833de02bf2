package id.kasir.application.payout;

import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutEvent;
import id.kasir.domain.payout.PayoutEventType;
import id.kasir.domain.payout.Payouts;
import java.util.List;

/**
 * Stores a payout's changes and tells the status listeners about each status change, in the caller's
 * transaction. Every use case that changes a payout saves it through here, so no status change can skip
 * the listeners (the merchant's {@code payout.*} events).
 */
public final class PayoutWriter {

    private final Payouts payouts;
    private final List<PayoutStatusListener> listeners;

    public PayoutWriter(Payouts payouts, List<PayoutStatusListener> listeners) {
        this.payouts = payouts;
        this.listeners = List.copyOf(listeners);
    }

    public void add(Payout payout) {
        List<PayoutEvent> events = payout.newEvents();
        payouts.add(payout);
        announce(payout, events, payout.version());
    }

    /** Stores it even without new events: a rescheduled status check must be kept too. */
    public void update(Payout payout) {
        List<PayoutEvent> events = payout.newEvents();
        payouts.update(payout);
        announce(payout, events, payout.version() + 1);
    }

    /** @param storedVersion the version the row has after this write (an update adds one) */
    private void announce(Payout payout, List<PayoutEvent> events, long storedVersion) {
        for (PayoutEvent event : events) {
            if (event.type() == PayoutEventType.STATUS_CHANGED && event.from() != null) {
                listeners.forEach(l -> l.statusChanged(payout, event.from(), event.to(), storedVersion));
            }
        }
    }
}
