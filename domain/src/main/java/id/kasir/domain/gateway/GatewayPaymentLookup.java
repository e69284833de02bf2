package id.kasir.domain.gateway;

import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentMethod;
import java.time.Instant;
import java.util.Objects;

/** What an adapter needs to ask its gateway about an existing payment. */
public record GatewayPaymentLookup(PaymentId paymentId, String reference, String gatewayReference,
                                   PaymentMethod method, Instant createdAt) {
    public GatewayPaymentLookup {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(method, "method");
    }
}
