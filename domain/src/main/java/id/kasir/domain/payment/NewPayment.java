package id.kasir.domain.payment;

import id.kasir.domain.common.Text;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * A payment as asked for, before any gateway has seen it. Identifiers and texts from outside are
 * refused when they hold invisible or layout-changing characters ({@link id.kasir.domain.common.SafeText}),
 * whoever asks (the merchant API, the portal): look-alike order ids must not exist.
 */
public record NewPayment(
        String orderId,
        GatewayId gateway,
        PaymentMethod method,
        Money amount,
        Instant expiresAt,
        Customer customer,
        String description,
        String successUrl,
        String cancelUrl) {

    public NewPayment {
        orderId = Text.identifier(Text.required(orderId, "orderId", 64), "orderId");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (amount.isZero()) {
            throw new IllegalArgumentException("amount must be more than zero");
        }
        customer = customer == null ? Customer.UNKNOWN : customer;
        Text.identifier(customer.id(), "customer.id");
        Text.identifier(customer.phone(), "customer.phone");
        Text.identifier(customer.email(), "customer.email");
        Text.freeText(customer.name(), "customer.name");
        description = Text.freeText(Text.optional(description, "description", 255), "description");
        successUrl = Text.identifier(Text.optional(successUrl, "successUrl", 255), "successUrl");
        cancelUrl = Text.identifier(Text.optional(cancelUrl, "cancelUrl", 255), "cancelUrl");
    }
}
