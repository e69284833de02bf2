package id.kasir.domain.gateway;

import id.kasir.domain.payment.GatewayReport;

/**
 * A gateway that takes payments. One adapter module implements it per gateway; the application finds
 * every enabled one through its registry. Implementations never throw for a gateway problem: they
 * return {@link GatewayCallResult.Unknown} or {@link GatewayCallResult.Declined}.
 */
public interface PaymentGateway {

    GatewayDescriptor descriptor();

    default GatewayId id() {
        return descriptor().id();
    }

    GatewayCallResult<GatewayPaymentCreated> create(GatewayPaymentRequest request);

    /** Asks the gateway what it knows now. Safe to repeat. */
    GatewayCallResult<GatewayReport> query(GatewayPaymentLookup lookup);
}
