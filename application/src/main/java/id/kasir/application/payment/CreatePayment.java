package id.kasir.application.payment;

import id.kasir.domain.gateway.UnknownCause;
import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.gateway.PaymentRequestRejected;
import id.kasir.application.port.IdGenerator;
import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.gateway.PaymentGateway;
import id.kasir.domain.payment.MaximumAmounts;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.Payments;
import java.time.Clock;
import java.util.Objects;

/**
 * Creates a payment at a gateway. The payment is stored PENDING <em>before</em> the gateway is called,
 * so a crash in between leaves a record that reconciliation can resolve; the gateway's answer then
 * opens it (link/QR issued), fails it (a business "no") or leaves it PENDING (time-out, 5xx: unknown,
 * never failed).
 *
 * <p>An amount above the gateway's and method's maximum ({@link MaximumAmounts}: configured, or what the
 * instrument can carry) is refused before anything is stored.
 *
 * <p>The merchant's order id is unique: asking again for an order that exists returns the existing
 * payment ({@link Result#created()} false) and does not call the gateway again.
 */
public final class CreatePayment {

    private final GatewayRegistry gateways;
    private final Payments payments;
    private final PaymentWriter writer;
    private final TransactionRunner transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final MaximumAmounts maximumAmounts;

    /** With no configured maximums: each method up to what its instrument can carry. */
    public CreatePayment(GatewayRegistry gateways, Payments payments, PaymentWriter writer,
                         TransactionRunner transactions, IdGenerator ids, Clock clock) {
        this(gateways, payments, writer, transactions, ids, clock, MaximumAmounts.INSTRUMENT_CAPACITY);
    }

    public CreatePayment(GatewayRegistry gateways, Payments payments, PaymentWriter writer,
                         TransactionRunner transactions, IdGenerator ids, Clock clock, MaximumAmounts maximumAmounts) {
        this.maximumAmounts = Objects.requireNonNull(maximumAmounts, "maximumAmounts");
        this.gateways = gateways;
        this.payments = payments;
        this.writer = writer;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public record Result(Payment payment, boolean created) {
        public Result {
            Objects.requireNonNull(payment, "payment");
        }
    }

    public Result create(NewPayment request, Actor requestedBy) {
        PaymentGateway gateway = gateways.require(request.gateway());
        checkGatewayCanTake(gateway, request);

        var existing = payments.byOrderId(request.orderId());
        if (existing.isPresent()) {
            return new Result(existing.get(), false);
        }
        Payment payment = Payment.request(ids.newPaymentId(), ids.newReference(), request, requestedBy, clock.instant());
        try {
            transactions.inTransaction(() -> writer.add(payment));
        } catch (Payments.DuplicateOrderIdException raced) {
            // Another request for the same order won the race: that one is the payment.
            return new Result(payments.byOrderId(request.orderId()).orElseThrow(() -> raced), false);
        }

        GatewayCallResult<GatewayPaymentCreated> answer = callGateway(gateway, payment);
        Payment stored = recordAnswer(payment.id(), answer);
        return new Result(stored, true);
    }

    private void checkGatewayCanTake(PaymentGateway gateway, NewPayment request) {
        var descriptor = gateway.descriptor();
        if (!descriptor.supports(request.method())) {
            throw new PaymentRequestRejected(PaymentRequestRejected.Reason.UNSUPPORTED_METHOD,
                    descriptor.displayName() + " does not offer " + request.method() + "; it offers "
                            + descriptor.methods());
        }
        if (!request.amount().currency().equals(descriptor.minimumAmount().currency())) {
            throw new PaymentRequestRejected(PaymentRequestRejected.Reason.INVALID_REQUEST,
                    descriptor.displayName() + " takes " + descriptor.minimumAmount().currency() + " only");
        }
        if (request.amount().isLessThan(descriptor.minimumAmount())) {
            throw new PaymentRequestRejected(PaymentRequestRejected.Reason.AMOUNT_BELOW_MINIMUM,
                    descriptor.displayName() + " takes at least " + descriptor.minimumAmount()
                            + "; asked " + request.amount());
        }
        var maximum = maximumAmounts.maximumFor(descriptor.id(), request.method());
        if (request.amount().isGreaterThan(maximum)) {
            throw new PaymentRequestRejected(PaymentRequestRejected.Reason.AMOUNT_ABOVE_MAXIMUM,
                    descriptor.displayName() + " takes at most " + maximum + " by " + request.method()
                            + "; asked " + request.amount());
        }
    }

    private GatewayCallResult<GatewayPaymentCreated> callGateway(PaymentGateway gateway, Payment payment) {
        try {
            return gateway.create(payment.toGatewayRequest());
        } catch (RuntimeException bug) {
            // An adapter must not throw; if one does, we still do not know what the gateway did.
            return GatewayCallResult.unknown(UnknownCause.ADAPTER_ERROR, "adapter error: " + bug.getClass().getSimpleName(),
                    GatewayExchange.none("create"));
        }
    }

    private Payment recordAnswer(PaymentId id, GatewayCallResult<GatewayPaymentCreated> answer) {
        Actor gatewayActor = Actor.system("create-payment");
        return new RetryOnStale(transactions).run(() -> {
            Payment payment = payments.byId(id).orElseThrow(() -> new PaymentNotFoundException(id.value()));
            var now = clock.instant();
            payment.recordGatewayCall(answer.exchange(), gatewayActor, now);
            if (payment.status() == PaymentStatus.PENDING) {
                if (answer instanceof GatewayCallResult.Accepted<GatewayPaymentCreated> accepted) {
                    payment.opened(accepted.value(), now);
                } else if (answer instanceof GatewayCallResult.Declined<GatewayPaymentCreated> declined) {
                    payment.declined(declined.code(), declined.message(), now);
                } else if (answer instanceof GatewayCallResult.Unknown<GatewayPaymentCreated> unknown) {
                    payment.outcomeUnknown(unknown.reason(), gatewayActor, now);
                }
            }
            // else: a notification or query already moved it on while we waited; its word stands.
            writer.update(payment);
            return payments.byId(id).orElseThrow();
        });
    }
}
