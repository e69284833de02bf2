package id.kasir.application.payment;

import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.common.Actor;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentTransitions;
import id.kasir.domain.payment.Payments;
import id.kasir.domain.payment.ReportOutcome;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The one path for "the gateway says X": webhooks, reconciliation queries and ops' "re-query now"
 * all end here. Idempotent (the same report twice changes nothing the second time) and safe under
 * concurrency (two reports at once: one wins, the other is re-read and re-judged). Amount mismatches,
 * "paid" reports whose amount cannot be checked ({@link ReportOutcome.UnusableAmount}: missing, unreadable,
 * another currency — the payment refuses them, see {@code Payment.apply}) and payments that arrive after
 * we closed them are raised for ops in the same transaction, with a timeline event.
 */
public final class ApplyGatewayStatus {

    private final Payments payments;
    private final PaymentWriter writer;
    private final OpsExceptions opsExceptions;
    private final RetryOnStale retry;
    private final Clock clock;

    public ApplyGatewayStatus(Payments payments, PaymentWriter writer, OpsExceptions opsExceptions,
                              TransactionRunner transactions, Clock clock) {
        this.payments = payments;
        this.writer = writer;
        this.opsExceptions = opsExceptions;
        this.retry = new RetryOnStale(transactions);
        this.clock = clock;
    }

    public ReportOutcome apply(PaymentId id, GatewayReport report, Actor actor) {
        return apply(id, null, report, actor, outcome -> { });
    }

    /**
     * The same, for a caller that has just read the payment and has more to write about the outcome: the first
     * attempt judges {@code justRead} instead of reading it again (one round trip less per notification), and
     * {@code alsoInTheTransaction} runs in the transaction that stores the change, after it (one commit less; e.g.
     * the inbox row's outcome, so the change and its record are committed together or not at all). Still safe:
     * the payment's update is conditional on the version read, so a copy that someone changed meanwhile makes the
     * attempt stale, and the retry reads the payment again and runs {@code alsoInTheTransaction} again.
     *
     * @param justRead             the payment as read a moment ago (it is changed by the first attempt), or null
     * @param alsoInTheTransaction given the outcome; must not call anything slow (no gateway call)
     */
    public ReportOutcome apply(PaymentId id, Payment justRead, GatewayReport report, Actor actor,
                               Consumer<ReportOutcome> alsoInTheTransaction) {
        AtomicReference<Payment> firstCopy = new AtomicReference<>(justRead);
        return retry.run(() -> {
            Payment copy = firstCopy.getAndSet(null);
            Payment payment = copy != null ? copy
                    : payments.byId(id).orElseThrow(() -> new PaymentNotFoundException(id.value()));
            ReportOutcome outcome = payment.apply(report, actor, clock.instant());
            if (outcome instanceof ReportOutcome.Applied applied && applied.flag().isPresent()) {
                String flag = applied.flag().get();
                OpsExceptionType type = PaymentTransitions.PAID_AFTER_EXPIRY.equals(flag)
                        ? OpsExceptionType.PAID_AFTER_EXPIRY : OpsExceptionType.PAID_AFTER_CLOSE;
                opsExceptions.raise(type, id.value(), type + ":" + id.value(),
                        "Payment " + id + " (order " + payment.orderId() + ") was " + applied.from()
                                + " and the gateway now reports it PAID: " + flag
                                + ". Check with the merchant whether the order is still wanted, or refund.",
                        clock.instant());
            }
            if (outcome instanceof ReportOutcome.AmountMismatch mismatch) {
                var raised = opsExceptions.raise(OpsExceptionType.AMOUNT_MISMATCH, id.value(),
                        "AMOUNT_MISMATCH:" + id.value() + ":" + mismatch.reported().toPlainString(),
                        "Gateway reports " + mismatch.reported() + " paid for payment " + id + " (order "
                                + payment.orderId() + "), but the amount to pay is " + mismatch.expected()
                                + ". Not applied: decide whether to accept it or refund.",
                        mismatch.reported(), clock.instant());
                if (raised.isNew()) {
                    payment.noteAmountMismatch(mismatch, actor, clock.instant());
                }
            }
            if (outcome instanceof ReportOutcome.UnusableAmount unusable) {
                var raised = opsExceptions.raise(OpsExceptionType.UNUSABLE_AMOUNT, id.value(),
                        "UNUSABLE_AMOUNT:" + id.value() + ":" + report.source() + ":" + unusable.reported().describe(),
                        "Gateway reports payment " + id + " (order " + payment.orderId() + ") paid with "
                                + unusable.reported().describe() + "; the amount to pay is " + unusable.expected()
                                + ". Not applied: the payment stays " + payment.status()
                                + ". Check the payment at the gateway.",
                        clock.instant());
                if (raised.isNew()) {
                    payment.noteUnusableAmount(unusable, actor, clock.instant());
                }
            }
            writer.update(payment);
            alsoInTheTransaction.accept(outcome);
            return outcome;
        });
    }
}
