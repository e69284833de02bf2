package id.kasir.adapters.persistence.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** A {@link id.kasir.domain.payment.PaymentSearch} in column terms, with its cursor decoded. */
record PaymentQuery(
        String gateway,
        String method,
        String status,
        Instant createdFrom,
        Instant createdTo,
        String currency,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        String orderId,
        String gatewayReference,
        String customerPhone,
        Instant afterCreatedAt,
        String afterId,
        int fetch) {
}
