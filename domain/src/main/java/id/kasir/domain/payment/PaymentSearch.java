package id.kasir.domain.payment;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import java.time.Instant;

/**
 * Filters for finding payments; every field is optional. {@code after} is the cursor of the page
 * before (keyset pagination, newest first). {@code limit} is capped at 500.
 */
public record PaymentSearch(
        GatewayId gateway,
        PaymentMethod method,
        PaymentStatus status,
        Instant createdFrom,
        Instant createdTo,
        Money minAmount,
        Money maxAmount,
        String orderId,
        String gatewayReference,
        String customerPhone,
        String after,
        int limit) {

    public static final int MAX_LIMIT = 500;

    public PaymentSearch {
        if (limit <= 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PaymentSearch all(int limit) {
        return new PaymentSearch(null, null, null, null, null, null, null, null, null, null, null, limit);
    }

    public PaymentSearch after(String cursor) {
        return new PaymentSearch(gateway, method, status, createdFrom, createdTo, minAmount, maxAmount, orderId,
                gatewayReference, customerPhone, cursor, limit);
    }
}
