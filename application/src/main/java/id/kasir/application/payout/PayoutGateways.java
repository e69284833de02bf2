package id.kasir.application.payout;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.payout.PayoutGateway;
import java.util.function.Supplier;

/**
 * Finds the enabled payout gateway a payout goes through (or refuses with a typed reason), and calls it
 * so that an adapter that throws after all gives an unknown outcome, like any other failure to learn one.
 */
final class PayoutGateways {

    private final GatewayRegistry registry;

    PayoutGateways(GatewayRegistry registry) {
        this.registry = registry;
    }

    PayoutGateway require(GatewayId id) {
        return registry.findPayoutGateway(id).orElseThrow(() -> new PayoutRefused(
                PayoutRefused.Reason.GATEWAY_NOT_ENABLED, "Payouts go through " + id + ", which is not enabled"));
    }

    /** The call's result; an exception from the adapter (a bug: adapters must not throw) is an unknown outcome. */
    static <T> GatewayCallResult<T> call(String operation, Supplier<GatewayCallResult<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException bug) {
            return GatewayCallResult.unknown(UnknownCause.ADAPTER_ERROR, "adapter error: " + bug.getClass().getSimpleName(),
                    GatewayExchange.none(operation));
        }
    }
}
