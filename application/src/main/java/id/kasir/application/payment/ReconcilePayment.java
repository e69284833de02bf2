package id.kasir.application.payment;

import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentInstructions;
import id.kasir.domain.payment.Payments;
import id.kasir.domain.payment.ReportOutcome;
import id.kasir.domain.reconciliation.ReconciliationOutcome;
import id.kasir.domain.reconciliation.ReconciliationRules;
import java.time.Clock;
import java.time.Duration;

/**
 * Reconciles one payment: asks its gateway (through {@link RefreshPayment}, which applies the answer
 * through {@link ApplyGatewayStatus}, the one path webhooks use), then expires it if it is past its
 * expiry and the gateway answered without reporting it paid. An unknown answer never expires anything:
 * the customer may have paid, so the payment is left for the janitor or the next run
 * ({@link ReconciliationRules#mayExpireByClock}).
 *
 * <p>The same item logic serves the nightly job, the janitor and the expiry by Kasir's clock. Thread-safe:
 * the batch job calls it from many threads at once (each payment from one thread).
 */
public final class ReconcilePayment {

    private final Payments payments;
    private final PaymentWriter writer;
    private final RefreshPayment refresh;
    private final RetryOnStale retry;
    private final Clock clock;

    public ReconcilePayment(Payments payments, PaymentWriter writer, RefreshPayment refresh,
                            id.kasir.application.port.TransactionRunner transactions, Clock clock) {
        this.payments = payments;
        this.writer = writer;
        this.refresh = refresh;
        this.retry = new RetryOnStale(transactions);
        this.clock = clock;
    }

    /**
     * One line of a reconciliation report.
     *
     * @param cause          present only for {@link ReconciliationOutcome#GATEWAY_UNKNOWN}
     * @param detail         for people: the gateway's code or reason, or the status change; never a secret
     * @param gatewayLatency how long asking the gateway (and recording the call) took; zero when not asked
     */
    public record Reconciled(PaymentId paymentId, String gateway, ReconciliationOutcome outcome,
                             UnknownCause cause, String detail, Duration gatewayLatency) {
    }

    /**
     * @throws PaymentNotFoundException when no such payment exists
     */
    public Reconciled reconcile(PaymentId id, Actor actor) {
        Payment before = payments.byId(id).orElseThrow(() -> new PaymentNotFoundException(id.value()));
        String gateway = before.gateway().value();
        if (!before.status().isInFlight()) {
            return new Reconciled(id, gateway, ReconciliationOutcome.UNCHANGED, null,
                    "already " + before.status(), Duration.ZERO);
        }
        long started = System.nanoTime();
        RefreshPayment.Refreshed refreshed = refresh.refresh(id, actor);
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        GatewayCallResult<GatewayReport> said = refreshed.gatewaySays();
        if (said instanceof GatewayCallResult.Unknown<GatewayReport> unknown) {
            return new Reconciled(id, gateway, ReconciliationOutcome.GATEWAY_UNKNOWN, unknown.cause(),
                    unknown.reason(), latency);
        }
        ReconciliationOutcome outcome;
        String detail;
        if (said instanceof GatewayCallResult.Declined<GatewayReport> declined) {
            outcome = ReconciliationOutcome.NOT_FOUND;
            detail = declined.code() + ": " + declined.message();
        } else {
            var applied = refreshed.outcome().orElseThrow();
            outcome = ReconciliationRules.outcomeOf(applied);
            detail = describe(applied);
        }
        if (outcome == ReconciliationOutcome.UNCHANGED || outcome == ReconciliationOutcome.NOT_FOUND) {
            if (expireIfOverdue(id)) {
                return new Reconciled(id, gateway, ReconciliationOutcome.EXPIRED, null,
                        "past its expiry and " + (outcome == ReconciliationOutcome.NOT_FOUND
                                ? "unknown to the gateway (" + detail + ")" : "not paid at the gateway"), latency);
            }
        }
        if (outcome == ReconciliationOutcome.UNCHANGED && before.instructions().equals(PaymentInstructions.NONE)
                && payments.byId(id).map(p -> !p.instructions().equals(PaymentInstructions.NONE)).orElse(false)) {
            return new Reconciled(id, gateway, ReconciliationOutcome.INSTRUCTIONS_LEARNED, null,
                    detail + "; learned what the customer pays with", latency);
        }
        return new Reconciled(id, gateway, outcome, null, detail, latency);
    }

    private static String describe(ReportOutcome outcome) {
        if (outcome instanceof ReportOutcome.Applied a) {
            return a.from() + " -> " + a.to() + a.flag().map(f -> " (" + f + ")").orElse("");
        }
        if (outcome instanceof ReportOutcome.Unchanged u) {
            return "still " + u.status();
        }
        if (outcome instanceof ReportOutcome.AmountMismatch m) {
            return "reported " + m.reported() + " paid, expected " + m.expected();
        }
        if (outcome instanceof ReportOutcome.UnusableAmount u) {
            return "reported an amount that cannot be checked (" + u.reported() + "), expected " + u.expected();
        }
        ReportOutcome.Ignored i = (ReportOutcome.Ignored) outcome;
        return "ignored: " + i.reason();
    }

    private boolean expireIfOverdue(PaymentId id) {
        return retry.run(() -> {
            Payment payment = payments.byId(id).orElseThrow();
            if (!ReconciliationRules.mayExpireByClock(true, payment.status())) {
                return false;
            }
            boolean moved = payment.expireIfOverdue(clock.instant());
            if (moved) {
                writer.update(payment);
            }
            return moved;
        });
    }
}
