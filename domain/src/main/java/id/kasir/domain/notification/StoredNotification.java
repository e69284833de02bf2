package id.kasir.domain.notification;

import id.kasir.domain.payment.PaymentId;

/**
 * A notification in the inbox. {@code duplicate} is true when the same dedup key was stored before:
 * the earlier one is the one acted on.
 */
public record StoredNotification(long id, InboundNotification notification, NotificationOutcome outcome,
                                 PaymentId paymentId, String detail, boolean duplicate) {
}
