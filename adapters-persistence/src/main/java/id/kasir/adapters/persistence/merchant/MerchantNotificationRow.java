package id.kasir.adapters.persistence.merchant;

import id.kasir.application.merchant.MerchantNotification;
import java.time.Instant;

/** One row of {@code merchant_notifications}. */
class MerchantNotificationRow {
    Long id;
    String eventId;
    String type;
    String subject;
    String payload;
    String status;
    int attempts;
    Instant nextAttemptAt;
    Instant createdAt;
    Instant deliveredAt;
    String lastError;

    MerchantNotification toNotification() {
        return new MerchantNotification(id, eventId, type, subject, payload, MerchantNotification.Status.valueOf(status),
                attempts, nextAttemptAt, createdAt, deliveredAt, lastError);
    }
}
