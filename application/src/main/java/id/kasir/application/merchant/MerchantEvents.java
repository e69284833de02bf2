package id.kasir.application.merchant;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The envelope every event for the merchant shares — {@code {"id","type","createdAt","data"}} — and its
 * one way into the outbox: a fresh event id (the merchant's de-duplication key), stored with the change.
 */
final class MerchantEvents {

    private MerchantEvents() {
    }

    static void add(MerchantNotificationOutbox outbox, Clock clock, String type, String subject, JsonText data) {
        String eventId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        outbox.add(new MerchantNotificationOutbox.NewNotification(eventId, type, subject,
                envelope(eventId, type, now, data), now));
    }

    static String envelope(String eventId, String type, Instant at, JsonText data) {
        return new JsonText()
                .string("id", eventId)
                .string("type", type)
                .string("createdAt", at.toString())
                .object("data", data)
                .toString();
    }
}
