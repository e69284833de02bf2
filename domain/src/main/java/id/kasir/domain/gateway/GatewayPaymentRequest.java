package id.kasir.domain.gateway;

import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentMethod;
import java.time.Instant;
import java.util.Objects;

/**
 * What an adapter needs to create a payment at its gateway. {@code reference} is the short, unique
 * reference Kasir sends as the gateway's merchant order number (trxNo, partnerReferenceNo, mchOrderNo,
 * order_id); it fits every gateway's length limit, unlike the merchant's own order id.
 */
public record GatewayPaymentRequest(
        PaymentId paymentId,
        String reference,
        String orderId,
        Money amount,
        PaymentMethod method,
        Instant expiresAt,
        Customer customer,
        String description,
        String successUrl,
        String cancelUrl) {

    public GatewayPaymentRequest {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(expiresAt, "expiresAt");
        customer = customer == null ? Customer.UNKNOWN : customer;
    }
}
