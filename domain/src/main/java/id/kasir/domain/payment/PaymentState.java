package id.kasir.domain.payment;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import java.time.Instant;

/**
 * Everything a payment holds, as one value: what a repository stores and restores. The rules live
 * in {@link Payment}; this is only its data.
 */
public record PaymentState(
        PaymentId id,
        String orderId,
        GatewayId gateway,
        PaymentMethod method,
        Money amount,
        Money amountToPay,
        Money paidAmount,
        Money gatewayFee,
        String reference,
        String gatewayReference,
        PaymentInstructions instructions,
        Customer customer,
        String description,
        String successUrl,
        String cancelUrl,
        PaymentStatus status,
        String statusReason,
        Instant expiresAt,
        Instant createdAt,
        Instant updatedAt,
        Instant paidAt,
        long version) {
}
