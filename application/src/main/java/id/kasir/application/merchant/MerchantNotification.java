package id.kasir.application.merchant;

import java.time.Instant;
import java.util.Objects;

/**
 * One notification for the merchant's system, as kept in the outbox: the event (id, type, JSON
 * payload, the payment it is about) and how its delivery is going.
 *
 * @param eventId       a UUID the merchant uses to drop duplicates: delivery is at least once
 * @param subject       what the event is about (a payment id), for the portal
 * @param attempts      delivery attempts made so far
 * @param nextAttemptAt when a {@link Status#DUE} row may next be sent
 * @param lastError     what the last failed attempt met (HTTP status, time-out), for the portal
 */
public record MerchantNotification(long id, String eventId, String type, String subject, String payload,
                                   Status status, int attempts, Instant nextAttemptAt, Instant createdAt,
                                   Instant deliveredAt, String lastError) {

    public enum Status {
        /** waiting to be sent (first time or again) */
        DUE,
        /** the merchant's endpoint answered 2xx */
        DELIVERED,
        /** every attempt failed; only a person re-sending it from the portal sends it again */
        DEAD,
        /**
         * not sent: a newer event about the same subject was delivered first, and sending this older one
         * afterwards would tell the merchant an out-of-date state (e.g. {@code payment.open} after
         * {@code payment.paid}); a person may still re-send it from the portal
         */
        SUPERSEDED
    }

    public MerchantNotification {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
