package id.kasir.domain.gateway;

import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentMethod;
import java.util.Objects;
import java.util.Set;

/** What a gateway offers: its name for people, the methods it supports, its smallest amount. */
public record GatewayDescriptor(GatewayId id, String displayName, Set<PaymentMethod> methods, Money minimumAmount) {
    public GatewayDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(minimumAmount, "minimumAmount");
        methods = Set.copyOf(methods);
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("A gateway supports at least one method");
        }
    }

    public boolean supports(PaymentMethod method) {
        return methods.contains(method);
    }
}
