package id.kasir.web.admin.merchant;

import id.kasir.application.merchant.MerchantNotification;
import id.kasir.application.merchant.MerchantNotificationOutbox;
import id.kasir.application.testing.InMemoryMerchantNotificationOutbox;
import java.time.Instant;
import java.util.UUID;

/** Rows in the in-memory merchant outbox, as the status listener and the delivery would leave them. */
final class MerchantOutboxFixtures {

    private MerchantOutboxFixtures() {
    }

    static MerchantNotification due(InMemoryMerchantNotificationOutbox outbox, String type, String paymentId,
                                    String payload, Instant at) {
        String eventId = UUID.randomUUID().toString();
        outbox.add(new MerchantNotificationOutbox.NewNotification(eventId, type, paymentId, payload, at));
        return outbox.all().stream().filter(n -> n.eventId().equals(eventId)).findFirst().orElseThrow();
    }

    /** A row whose every attempt failed. The claim runs out at once, so other rows claimed with it stay free. */
    static MerchantNotification dead(InMemoryMerchantNotificationOutbox outbox, String type, String paymentId,
                                     String payload, Instant at, String error) {
        MerchantNotification row = due(outbox, type, paymentId, payload, at);
        String token = UUID.randomUUID().toString();
        outbox.claimDue(token, at, at.minusSeconds(1), Integer.MAX_VALUE);
        outbox.markDead(row.id(), token, 8, error);
        return outbox.byId(row.id()).orElseThrow();
    }
}
