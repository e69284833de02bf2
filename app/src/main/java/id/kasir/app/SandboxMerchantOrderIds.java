package id.kasir.app;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.Payments;
import id.kasir.sandbox.MerchantOrderIds;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Tells the in-process sandbox which merchant order id is behind the reference Kasir sent a gateway, so
 * its order list ({@code GET /sandbox}) shows {@code INV-1001} next to {@code KMX…}. Only the composition
 * root may know both sides: the sandbox knows nothing of Kasir, Kasir's modules nothing of the sandbox.
 */
@Component
@ConditionalOnProperty(name = "kasir.sandbox.enabled", havingValue = "true")
class SandboxMerchantOrderIds implements MerchantOrderIds {

    private final Payments payments;

    SandboxMerchantOrderIds(Payments payments) {
        this.payments = payments;
    }

    @Override
    public Optional<String> orderIdOf(String gateway, String merchantReference) {
        return payments.byAnyReference(GatewayId.of(gateway), merchantReference).map(Payment::orderId);
    }
}
