package id.kasir.application.testing;

import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayDescriptor;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.gateway.GatewayPaymentLookup;
import id.kasir.domain.gateway.GatewayPaymentRequest;
import id.kasir.domain.gateway.PaymentGateway;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentInstructions;
import id.kasir.domain.payment.PaymentMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A gateway a test scripts: by default it accepts every payment (amount to pay = amount, a checkout
 * link) and answers queries with whatever the test set. Records every request.
 */
public final class FakePaymentGateway implements PaymentGateway {

    private final GatewayDescriptor descriptor;
    private Function<GatewayPaymentRequest, GatewayCallResult<GatewayPaymentCreated>> onCreate;
    private Function<GatewayPaymentLookup, GatewayCallResult<GatewayReport>> onQuery;
    public final List<GatewayPaymentRequest> created = new ArrayList<>();
    public final List<GatewayPaymentLookup> queried = new ArrayList<>();

    public FakePaymentGateway(String name) {
        this(new GatewayDescriptor(GatewayId.of(name), "Fake " + name,
                Set.of(PaymentMethod.CHECKOUT_PAGE, PaymentMethod.QRIS), Money.idr(1000)));
    }

    public FakePaymentGateway(GatewayDescriptor descriptor) {
        this.descriptor = descriptor;
        this.onCreate = request -> GatewayCallResult.accepted(
                new GatewayPaymentCreated("GW-" + request.reference(), request.amount(), null,
                        new PaymentInstructions("https://pay.example/" + request.reference(), null, null, null)),
                new GatewayExchange("create", "{}", "{}", 200, null));
        this.onQuery = lookup -> GatewayCallResult.unknown("no query scripted", GatewayExchange.none("query"));
    }

    public FakePaymentGateway onCreate(Function<GatewayPaymentRequest, GatewayCallResult<GatewayPaymentCreated>> answer) {
        this.onCreate = answer;
        return this;
    }

    public FakePaymentGateway onQuery(Function<GatewayPaymentLookup, GatewayCallResult<GatewayReport>> answer) {
        this.onQuery = answer;
        return this;
    }

    /** Every query answers this report. */
    public FakePaymentGateway queryAnswers(GatewayReport report) {
        return onQuery(lookup -> GatewayCallResult.accepted(report, new GatewayExchange("query", "{}", "{}", 200, null)));
    }

    @Override
    public GatewayDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public synchronized GatewayCallResult<GatewayPaymentCreated> create(GatewayPaymentRequest request) {
        created.add(request);
        return onCreate.apply(request);
    }

    @Override
    public synchronized GatewayCallResult<GatewayReport> query(GatewayPaymentLookup lookup) {
        queried.add(lookup);
        return onQuery.apply(lookup);
    }
}
