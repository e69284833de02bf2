package id.kasir.domain.notification;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.payment.PaymentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The inbox of every notification a gateway sent us, verified or not, duplicate or not. A notification
 * is stored here before anything acts on it. Who acts is decided here, atomically, by claims
 * ({@link NotificationClaim}): the first arrival of a dedup key holds one from the moment it is stored;
 * another arrival, or the inbox janitor, may take it over only once it has lapsed.
 */
public interface GatewayNotifications {

    /**
     * Stores the notification unclaimed. When its dedup key was stored before, it is still kept (every
     * arrival can be found) but returned with {@code duplicate = true} and outcome DUPLICATE.
     */
    StoredNotification store(InboundNotification notification);

    /**
     * As {@link #store}, and a first arrival is stored already holding claim number 1 until
     * {@code claimUntil}, in the same statement (the claim costs no extra round trip). A duplicate holds nothing.
     */
    StoredNotification storeClaimed(InboundNotification notification, Instant claimUntil);

    /**
     * Takes over the claim on a first arrival that is still RECEIVED and whose claim lapsed by {@code now}
     * (or that was never claimed), until {@code claimUntil}. Atomic: of many trying at once, one wins.
     *
     * @return the new claim; empty when it was finished, is still claimed, or someone else won
     */
    Optional<NotificationClaim> takeOver(long id, Instant now, Instant claimUntil);

    /**
     * Records the outcome, if {@code claim} is still the latest one on its notification and the
     * notification is not finished yet; stamps when it was processed and lets the claim go.
     *
     * @return false when the claim was taken over meanwhile (nothing written)
     */
    boolean finish(NotificationClaim claim, NotificationOutcome outcome, PaymentId paymentId, String detail);

    /** Lets the claim go at {@code now} (acting failed), so the gateway's next retry may take over at once. */
    void release(NotificationClaim claim, Instant now);

    /**
     * First arrivals that were claimed and are still RECEIVED with the claim lapsed by {@code now}, oldest
     * first: stored, then the node acting on them stopped.
     */
    List<StoredNotification> abandoned(Instant now, int limit);

    /** Sets the outcome unconditionally (a duplicate's note, a connection test, tests). */
    void markOutcome(long id, NotificationOutcome outcome, PaymentId paymentId, String detail);

    Optional<StoredNotification> byId(long id);

    /** The first arrival of this dedup key at this gateway, if any. */
    Optional<StoredNotification> firstArrival(GatewayId gateway, String dedupKey);

    List<StoredNotification> search(NotificationSearch search);
}
