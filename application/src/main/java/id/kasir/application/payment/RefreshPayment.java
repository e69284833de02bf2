package id.kasir.application.payment;

import id.kasir.domain.gateway.UnknownCause;
import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.Payments;
import id.kasir.domain.payment.ReportOutcome;
import java.time.Clock;
import java.util.Optional;

/**
 * Asks the payment's gateway what it knows now, and (unless only asked to look) applies the answer
 * through {@link ApplyGatewayStatus}. Used by the merchant API's refresh, ops' "re-query now" and
 * reconciliation. Every query is written on the timeline with what went over the wire.
 */
public final class RefreshPayment {

    private final GatewayRegistry gateways;
    private final Payments payments;
    private final PaymentWriter writer;
    private final ApplyGatewayStatus applyGatewayStatus;
    private final TransactionRunner transactions;
    private final Clock clock;

    public RefreshPayment(GatewayRegistry gateways, Payments payments, PaymentWriter writer,
                          ApplyGatewayStatus applyGatewayStatus, TransactionRunner transactions, Clock clock) {
        this.gateways = gateways;
        this.payments = payments;
        this.writer = writer;
        this.applyGatewayStatus = applyGatewayStatus;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What the gateway said, and what applying it did (absent when only looking, or no report came back). */
    public record Refreshed(Payment before, GatewayCallResult<GatewayReport> gatewaySays, Optional<ReportOutcome> outcome) {
    }

    /** Asks without changing anything: for ops to see the gateway's word beside ours before applying. */
    public Refreshed ask(PaymentId id) {
        Payment payment = load(id);
        return new Refreshed(payment, query(payment), Optional.empty());
    }

    /** Asks and applies the answer. */
    public Refreshed refresh(PaymentId id, Actor actor) {
        Payment payment = load(id);
        GatewayCallResult<GatewayReport> answer = query(payment);
        new RetryOnStale(transactions).run(() -> {
            Payment fresh = load(id);
            fresh.recordGatewayCall(answer.exchange(), actor, clock.instant());
            writer.update(fresh);
            return null;
        });
        Optional<ReportOutcome> outcome = Optional.empty();
        if (answer instanceof GatewayCallResult.Accepted<GatewayReport> accepted) {
            outcome = Optional.of(applyGatewayStatus.apply(id, accepted.value(), actor));
        }
        return new Refreshed(payment, answer, outcome);
    }

    private GatewayCallResult<GatewayReport> query(Payment payment) {
        var gateway = gateways.require(payment.gateway());
        try {
            return gateway.query(payment.toGatewayLookup());
        } catch (RuntimeException bug) {
            return GatewayCallResult.unknown(UnknownCause.ADAPTER_ERROR, "adapter error: " + bug.getClass().getSimpleName(),
                    id.kasir.domain.gateway.GatewayExchange.none("query"));
        }
    }

    private Payment load(PaymentId id) {
        return payments.byId(id).orElseThrow(() -> new PaymentNotFoundException(id.value()));
    }
}
