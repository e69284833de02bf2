package id.kasir.application.ops;

import id.kasir.application.payment.PaymentWriter;
import id.kasir.application.payment.RetryOnStale;
import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionAction;
import id.kasir.domain.ops.OpsExceptionRefused;
import id.kasir.domain.ops.OpsExceptionStep;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.domain.payment.Payments;
import id.kasir.domain.refund.Refund;
import id.kasir.domain.refund.Refunds;
import java.time.Clock;

/**
 * FINANCE (or ADMIN) record that a refund was made by hand ({@code note}: e.g. the bank transfer's
 * reference; required). The refund is done, the payment's timeline gets REFUND_DONE, the exception that
 * opened it is RESOLVED with a REFUND_DONE history line, and one {@code refund.done} audit entry is
 * written (target: the refund id) — all in one transaction.
 *
 * @throws OpsExceptionRefused REFUND_NOT_OPEN when it does not exist or is done already; REASON_REQUIRED
 */
public final class RecordRefundDone {

    private final Refunds refunds;
    private final OpsExceptions opsExceptions;
    private final Payments payments;
    private final PaymentWriter writer;
    private final AuditTrail audit;
    private final RetryOnStale retry;
    private final Clock clock;

    public RecordRefundDone(Refunds refunds, OpsExceptions opsExceptions, Payments payments, PaymentWriter writer,
                            AuditTrail audit, TransactionRunner transactions, Clock clock) {
        this.refunds = refunds;
        this.opsExceptions = opsExceptions;
        this.payments = payments;
        this.writer = writer;
        this.audit = audit;
        this.retry = new RetryOnStale(transactions);
        this.clock = clock;
    }

    public Refund done(long refundId, String username, String note, String sourceAddress) {
        if (note == null || note.isBlank()) {
            throw new OpsExceptionRefused(OpsExceptionRefused.Reason.REASON_REQUIRED, "A note is required");
        }
        return retry.run(() -> {
            Refund refund = refunds.byId(refundId).filter(r -> !r.isDone()).orElseThrow(this::notOpen);
            if (!refunds.markDone(refundId, username, note, clock.instant())) {
                throw notOpen();
            }
            Actor actor = Actor.operator(username);
            payments.byId(refund.paymentId()).ifPresent(payment -> {
                payment.refundDone(refundId, actor, note, clock.instant());
                writer.update(payment);
            });
            opsExceptions.byId(refund.exceptionId()).filter(OpsException::isOpen).ifPresent(exception -> {
                OpsExceptionWork.save(opsExceptions, exception.resolve(username,
                        "refund #" + refundId + " done: " + note, clock.instant(), true), exception);
                opsExceptions.addStep(new OpsExceptionStep(exception.id(), OpsExceptionAction.REFUND_DONE, username,
                        note, clock.instant()));
            });
            audit.record(new AuditEntry(actor, "refund.done", String.valueOf(refundId), note, sourceAddress,
                    clock.instant()));
            return refunds.byId(refundId).orElseThrow();
        });
    }

    private OpsExceptionRefused notOpen() {
        return new OpsExceptionRefused(OpsExceptionRefused.Reason.REFUND_NOT_OPEN,
                "The refund does not exist or was recorded done already");
    }
}
