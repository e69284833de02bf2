package id.kasir.domain.payment;

import id.kasir.domain.common.Text;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import java.time.Instant;
import java.util.Objects;

/** A payment as asked for, before any gateway has seen it. */
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
        orderId = Text.required(orderId, "orderId", 64);
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (amount.isZero()) {
            throw new IllegalArgumentException("amount must be more than zero");
        }
        customer = customer == null ? Customer.UNKNOWN : customer;
        description = Text.optional(description, "description", 255);
        successUrl = Text.optional(successUrl, "successUrl", 255);
        cancelUrl = Text.optional(cancelUrl, "cancelUrl", 255);
    }
}
