package id.kasir.adapters.cashin;

import id.kasir.domain.gateway.CancelAtGateway;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.gateway.GatewayDescriptor;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.gateway.GatewayPaymentLookup;
import id.kasir.domain.gateway.GatewayPaymentRequest;
import id.kasir.domain.gateway.PaymentGateway;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentMethod;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Set;

/**
 * Cash In as a {@link PaymentGateway}: {@code CHECKOUT_PAGE} through the checkout-page API, {@code QRIS}
 * through SNAP QRIS MPM. Queries are retried (they are safe to repeat; each attempt is a new request
 * with a new X-EXTERNAL-ID and timestamp) when the answer is unknown; creates are never retried, because
 * a second create after a time-out could make a second payment.
 */
public final class CashInPaymentGateway implements PaymentGateway {

    public static final GatewayId ID = GatewayId.of("cashin");
    /**
     * Neither document states a minimum; the checkout document's own example asks for 1,000, so that is
     * our floor (a smaller QRIS is refused by Kasir before the gateway is asked).
     */
    public static final Money MINIMUM = Money.idr(1000);
    public static final GatewayDescriptor DESCRIPTOR = new GatewayDescriptor(ID, "Cash In",
            Set.of(PaymentMethod.CHECKOUT_PAGE, PaymentMethod.QRIS), MINIMUM,
            // Both documents take the expiry we send (validityPeriod, duration) and offer no cancel call.
            CancelAtGateway.untilExpirySent());

    private final CashInCheckoutClient checkout;
    private final CashInQrisClient qris;
    private final Retry queryRetry;

    public CashInPaymentGateway(CashInCheckoutClient checkout, CashInQrisClient qris, Duration queryRetryWait) {
        this.checkout = checkout;
        this.qris = qris;
        this.queryRetry = Retry.of("cashin-query", RetryConfig.<GatewayCallResult<GatewayReport>>custom()
                .maxAttempts(3)
                .waitDuration(queryRetryWait)
                // An open circuit answers at once without calling: retrying it only burns the attempts.
                .retryOnResult(r -> r instanceof GatewayCallResult.Unknown<GatewayReport> u
                        && u.cause() != UnknownCause.CIRCUIT_OPEN)
                .failAfterMaxAttempts(false)
                .build());
    }

    @Override
    public GatewayDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public GatewayCallResult<GatewayPaymentCreated> create(GatewayPaymentRequest request) {
        return switch (request.method()) {
            case CHECKOUT_PAGE -> checkout.create(request);
            case QRIS -> qris.generate(request);
            default -> GatewayCallResult.declined("UNSUPPORTED_METHOD",
                    "Cash In adapter takes CHECKOUT_PAGE and QRIS, not " + request.method(),
                    GatewayExchange.none("create"));
        };
    }

    @Override
    public GatewayCallResult<GatewayReport> query(GatewayPaymentLookup lookup) {
        return Retry.decorateSupplier(queryRetry, () -> switch (lookup.method()) {
            case CHECKOUT_PAGE -> checkout.status(lookup);
            case QRIS -> qris.query(lookup);
            default -> GatewayCallResult.<GatewayReport>declined("UNSUPPORTED_METHOD",
                    "Cash In adapter takes CHECKOUT_PAGE and QRIS, not " + lookup.method(),
                    GatewayExchange.none("query"));
        }).get();
    }
}
