package id.kasir.domain.notification;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.payment.PaymentId;

/** Filters for the notification inbox; every field optional; {@code beforeId} is the keyset cursor. */
public record NotificationSearch(GatewayId gateway, NotificationOutcome outcome, PaymentId paymentId, Long beforeId,
                                 int limit) {
    public NotificationSearch {
        if (limit <= 0 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
    }
}
