package id.kasir.application.ops;

import id.kasir.application.payment.PaymentWriter;
import id.kasir.application.payment.RetryOnStale;
import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import id.kasir.domain.money.Money;
import id.kasir.domain.ops.MoneyDecision;
import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionAction;
import id.kasir.domain.ops.OpsExceptionRefused;
import id.kasir.domain.ops.OpsExceptionStep;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.Payments;
import id.kasir.domain.refund.Refund;
import id.kasir.domain.refund.Refunds;
import java.time.Clock;

/**
 * FINANCE (or ADMIN) decide a money exception ({@link MoneyDecision}); the portal enforces the roles,
 * this use case the rules, the timeline, the history and the audit — all in one transaction, so no caller
 * can skip the audit. Each call writes exactly one audit entry: {@code ops-exception.accept} or
 * {@code ops-exception.refund}, with the exception id as target and the reason as detail.
 *
 * <ul>
 *   <li>{@link #accept}: an AMOUNT_MISMATCH's payment becomes PAID with the amount the gateway reported
 *       (flagged PAID_AMOUNT_ACCEPTED on the timeline; the status change goes through {@link PaymentWriter},
 *       so the merchant's {@code payment.*} event is put in the outbox); a paid-after-expiry/close payment
 *       stays PAID (LATE_PAYMENT_KEPT on the timeline). The exception is RESOLVED.</li>
 *   <li>{@link #refund}: a {@link Refund} of what the customer paid is opened (no gateway offers a refund
 *       call); the payment's status does not change; the exception stays IN_PROGRESS until
 *       {@link RecordRefundDone}.</li>
 * </ul>
 *
 * @throws OpsExceptionRefused when the workflow or the payment refuses (see its reason)
 */
public final class DecideMoneyException {

    private final OpsExceptions opsExceptions;
    private final Payments payments;
    private final PaymentWriter writer;
    private final Refunds refunds;
    private final AuditTrail audit;
    private final RetryOnStale retry;
    private final Clock clock;

    public DecideMoneyException(OpsExceptions opsExceptions, Payments payments, PaymentWriter writer, Refunds refunds,
                                AuditTrail audit, TransactionRunner transactions, Clock clock) {
        this.opsExceptions = opsExceptions;
        this.payments = payments;
        this.writer = writer;
        this.refunds = refunds;
        this.audit = audit;
        this.retry = new RetryOnStale(transactions);
        this.clock = clock;
    }

    public void accept(long id, String username, String reason, String sourceAddress) {
        retry.run(() -> {
            OpsException current = OpsExceptionWork.load(opsExceptions, id);
            current.requireDecidable(MoneyDecision.ACCEPT, reason);
            Payment payment = paymentOf(current);
            Actor actor = Actor.operator(username);
            try {
                if (current.type() == OpsExceptionType.AMOUNT_MISMATCH) {
                    payment.acceptPaidAmount(current.reportedAmount(), actor, reason, clock.instant());
                } else {
                    payment.keepLatePayment(actor, reason, clock.instant());
                }
            } catch (DomainRuleViolation refused) {
                throw new OpsExceptionRefused(payment.status() == PaymentStatus.PAID
                        ? OpsExceptionRefused.Reason.PAYMENT_ALREADY_PAID
                        : OpsExceptionRefused.Reason.DECISION_NOT_FOR_TYPE, refused.getMessage());
            }
            writer.update(payment);
            OpsExceptionWork.save(opsExceptions, current.accepted(username, reason, clock.instant()), current);
            opsExceptions.addStep(new OpsExceptionStep(id, OpsExceptionAction.ACCEPTED, username, reason, clock.instant()));
            audit.record(new AuditEntry(actor, "ops-exception.accept", String.valueOf(id), reason, sourceAddress,
                    clock.instant()));
            return null;
        });
    }

    /** Opens the refund and returns it. */
    public Refund refund(long id, String username, String reason, String sourceAddress) {
        return retry.run(() -> {
            OpsException current = OpsExceptionWork.load(opsExceptions, id);
            current.requireDecidable(MoneyDecision.REFUND, reason);
            Payment payment = paymentOf(current);
            Money owed = amountOwed(current, payment);
            Actor actor = Actor.operator(username);
            Refund refund = refunds.open(payment.id(), id, owed, reason, username, clock.instant());
            payment.refundNeeded(owed, refund.id(), actor, reason, clock.instant());
            writer.update(payment);
            OpsExceptionWork.save(opsExceptions, current.refundOpened(username, reason), current);
            opsExceptions.addStep(new OpsExceptionStep(id, OpsExceptionAction.REFUND_NEEDED, username, reason,
                    clock.instant()));
            audit.record(new AuditEntry(actor, "ops-exception.refund", String.valueOf(id),
                    "refund #" + refund.id() + " of " + owed.toPlainString() + ": " + reason, sourceAddress,
                    clock.instant()));
            return refund;
        });
    }

    /** For a mismatch, what the gateway reported paid (none of it was applied); else what the payment holds. */
    private static Money amountOwed(OpsException exception, Payment payment) {
        if (exception.type() == OpsExceptionType.AMOUNT_MISMATCH) {
            if (exception.reportedAmount() == null) {
                throw new OpsExceptionRefused(OpsExceptionRefused.Reason.NO_REPORTED_AMOUNT,
                        "Exception " + exception.id() + " does not record the amount the gateway reported");
            }
            return exception.reportedAmount();
        }
        return payment.paidAmount().orElse(payment.amountToPay());
    }

    private Payment paymentOf(OpsException exception) {
        return payments.byId(new PaymentId(exception.subject())).orElseThrow(() -> new OpsExceptionRefused(
                OpsExceptionRefused.Reason.PAYMENT_NOT_FOUND, "No payment " + exception.subject()));
    }
}
