package id.kasir.domain.notification;

import id.kasir.domain.payment.PaymentId;
import java.time.Instant;

/**
 * A notification in the inbox. {@code duplicate} is true when the same dedup key was stored before:
 * the earlier one (the first arrival) is the one acted on. {@code claimedUntil} is when the claim to act
 * on it runs out (null: never claimed, and on every duplicate), see {@link NotificationClaim}.
 */
public record StoredNotification(long id, InboundNotification notification, NotificationOutcome outcome,
                                 PaymentId paymentId, String detail, boolean duplicate, Instant claimedUntil) {

    /** A notification nobody holds a claim on. */
    public StoredNotification(long id, InboundNotification notification, NotificationOutcome outcome,
                              PaymentId paymentId, String detail, boolean duplicate) {
        this(id, notification, outcome, paymentId, detail, duplicate, null);
    }

    /**
     * Stored, not finished, and nobody acting on it any more at {@code now}: whoever acted on it stopped
     * (the node died, or gave up and let go) before recording an outcome. Only then may another arrival
     * of it, or the inbox janitor, take it over. A first arrival still within its claim is merely still
     * running: acting on it too would act twice.
     */
    public boolean abandonedAt(Instant now) {
        return !duplicate && outcome == NotificationOutcome.RECEIVED
                && (claimedUntil == null || !claimedUntil.isAfter(now));
    }
}
