package id.kasir.web.admin.payments;

import id.kasir.domain.notification.StoredNotification;
import id.kasir.domain.payment.PaymentEvent;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Instant;
import java.util.Locale;

/**
 * One line of a payment's story as the detail page shows it: a timeline event (status change, gateway
 * call with its request and response, …) or a notification the gateway sent about it.
 *
 * @param kind       the event type, or NOTIFICATION (a code: the page's {@code data-kind})
 * @param kindLabel  the kind in the reader's language
 * @param summary    what happened, in the reader's language ({@link TimelineTexts})
 * @param detail     what a person needs to understand the line (exchange, raw body), already masked
 */
public record TimelineEntry(Instant at, String kind, String kindLabel, String summary, String actor,
                            PaymentStatus from, PaymentStatus to, String detail, Long notificationId) {

    static TimelineEntry of(PaymentEvent event, TimelineTexts texts, Locale locale) {
        String kind = event.type().name();
        return new TimelineEntry(event.at(), kind, texts.kind(kind, locale), texts.text(event, locale),
                event.actor().asText(), event.from(), event.to(), event.detail(), null);
    }

    static TimelineEntry of(StoredNotification stored, TimelineTexts texts, Locale locale) {
        var n = stored.notification();
        String detail = (n.headers() == null || n.headers().isBlank() ? "" : n.headers() + "\n\n") + n.body();
        return new TimelineEntry(n.receivedAt(), "NOTIFICATION", texts.kind("NOTIFICATION", locale),
                texts.notification(stored, locale), "GATEWAY:" + n.gateway(), null, null, detail, stored.id());
    }

    public boolean isStatusChange() {
        return to != null && from != to;
    }
}
