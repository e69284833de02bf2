package id.kasir.web.admin.payments;

import id.kasir.domain.notification.StoredNotification;
import id.kasir.domain.payment.PaymentEvent;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Instant;

/**
 * One line of a payment's story as the detail page shows it: a timeline event (status change, gateway
 * call with its request and response, …) or a notification the gateway sent about it.
 *
 * @param kind    the event type, or NOTIFICATION
 * @param detail  what a person needs to understand the line (exchange, raw body), already masked
 */
public record TimelineEntry(Instant at, String kind, String summary, String actor, PaymentStatus from,
                            PaymentStatus to, String detail, Long notificationId) {

    static TimelineEntry of(PaymentEvent event) {
        return new TimelineEntry(event.at(), event.type().name(), event.summary(), event.actor().asText(),
                event.from(), event.to(), event.detail(), null);
    }

    static TimelineEntry of(StoredNotification stored) {
        var n = stored.notification();
        String summary = "Notification from " + n.gateway() + ": " + stored.outcome()
                + (stored.duplicate() ? " (duplicate)" : "") + ", " + n.verification();
        String detail = (n.headers() == null || n.headers().isBlank() ? "" : n.headers() + "\n\n") + n.body();
        return new TimelineEntry(n.receivedAt(), "NOTIFICATION", summary, "GATEWAY:" + n.gateway(), null, null, detail,
                stored.id());
    }

    public boolean isStatusChange() {
        return to != null && from != to;
    }
}
