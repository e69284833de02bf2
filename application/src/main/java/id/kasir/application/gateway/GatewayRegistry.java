package id.kasir.application.gateway;

import id.kasir.domain.gateway.GatewayDescriptor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.PaymentGateway;
import id.kasir.domain.payout.PayoutGateway;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every enabled gateway adapter, found by the composition root (each adapter module registers its
 * gateway when {@code kasir.providers.<name>.enabled} is true). Adding a gateway adds an adapter;
 * nothing here changes.
 */
public final class GatewayRegistry {

    private final Map<GatewayId, PaymentGateway> payments = new LinkedHashMap<>();
    private final Map<GatewayId, PayoutGateway> payouts = new LinkedHashMap<>();

    public GatewayRegistry(Collection<PaymentGateway> paymentGateways, Collection<PayoutGateway> payoutGateways) {
        paymentGateways.stream().sorted(Comparator.comparing(g -> g.id().value())).forEach(g -> {
            if (payments.putIfAbsent(g.id(), g) != null) {
                throw new IllegalStateException("Two payment gateways are called " + g.id());
            }
        });
        payoutGateways.forEach(g -> {
            if (payouts.putIfAbsent(g.id(), g) != null) {
                throw new IllegalStateException("Two payout gateways are called " + g.id());
            }
        });
    }

    public List<GatewayDescriptor> descriptors() {
        return payments.values().stream().map(PaymentGateway::descriptor).toList();
    }

    public Optional<PaymentGateway> find(GatewayId id) {
        return Optional.ofNullable(payments.get(id));
    }

    /** @throws PaymentRequestRejected (UNKNOWN_GATEWAY) when no enabled gateway has that name */
    public PaymentGateway require(GatewayId id) {
        return find(id).orElseThrow(() -> new PaymentRequestRejected(PaymentRequestRejected.Reason.UNKNOWN_GATEWAY,
                "No enabled gateway called '" + id + "'; enabled: " + payments.keySet()));
    }

    public Optional<PayoutGateway> findPayoutGateway(GatewayId id) {
        return Optional.ofNullable(payouts.get(id));
    }

    public List<PayoutGateway> payoutGateways() {
        return List.copyOf(payouts.values());
    }
}
