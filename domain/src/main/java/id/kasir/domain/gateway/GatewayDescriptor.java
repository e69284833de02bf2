package id.kasir.domain.gateway;

import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentMethod;
import java.util.Objects;
import java.util.Set;

/**
 * What a gateway offers: its name for people, the methods it supports, its smallest amount, and what a
 * cancel in Kasir means there ({@link CancelAtGateway}; {@link CancelAtGateway#NOT_OFFERED} when not given).
 */
public record GatewayDescriptor(GatewayId id, String displayName, Set<PaymentMethod> methods, Money minimumAmount,
                                CancelAtGateway cancel) {
    public GatewayDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(minimumAmount, "minimumAmount");
        cancel = cancel == null ? CancelAtGateway.NOT_OFFERED : cancel;
        methods = Set.copyOf(methods);
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("A gateway supports at least one method");
        }
    }

    public GatewayDescriptor(GatewayId id, String displayName, Set<PaymentMethod> methods, Money minimumAmount) {
        this(id, displayName, methods, minimumAmount, CancelAtGateway.NOT_OFFERED);
    }

    public boolean supports(PaymentMethod method) {
        return methods.contains(method);
    }
}
