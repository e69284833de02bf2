package id.kasir.application.payment;

import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.Payments;
import java.time.Clock;

/**
 * An ops person closes a payment that is still in flight. It does not tell the gateway (none of our
 * gateways documents a cancel call): if the customer pays anyway, the gateway's PAID still wins and
 * is flagged for ops.
 */
public final class CancelPayment {

    private final Payments payments;
    private final PaymentWriter writer;
    private final AuditTrail audit;
    private final RetryOnStale retry;
    private final Clock clock;

    public CancelPayment(Payments payments, PaymentWriter writer, AuditTrail audit, TransactionRunner transactions,
                         Clock clock) {
        this.payments = payments;
        this.writer = writer;
        this.audit = audit;
        this.retry = new RetryOnStale(transactions);
        this.clock = clock;
    }

    public Payment cancel(PaymentId id, Actor actor, String reason, String sourceAddress) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required to cancel a payment");
        }
        return retry.run(() -> {
            Payment payment = payments.byId(id).orElseThrow(() -> new PaymentNotFoundException(id.value()));
            payment.cancel(actor, reason, clock.instant());
            writer.update(payment);
            audit.record(new AuditEntry(actor, "payment.cancel", id.value(), reason, sourceAddress, clock.instant()));
            return payments.byId(id).orElseThrow();
        });
    }
}
