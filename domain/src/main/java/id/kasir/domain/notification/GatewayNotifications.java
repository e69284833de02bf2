package id.kasir.domain.notification;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.payment.PaymentId;
import java.util.List;
import java.util.Optional;

/**
 * The inbox of every notification a gateway sent us, verified or not, duplicate or not. A notification
 * is stored here before anything acts on it.
 */
public interface GatewayNotifications {

    /**
     * Stores the notification. When its dedup key was stored before, it is still kept (every arrival
     * can be found) but returned with {@code duplicate = true} and outcome DUPLICATE.
     */
    StoredNotification store(InboundNotification notification);

    void markOutcome(long id, NotificationOutcome outcome, PaymentId paymentId, String detail);

    Optional<StoredNotification> byId(long id);

    /** The first arrival of this dedup key at this gateway, if any. */
    Optional<StoredNotification> firstArrival(GatewayId gateway, String dedupKey);

    List<StoredNotification> search(NotificationSearch search);
}
