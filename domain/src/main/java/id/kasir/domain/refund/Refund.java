package id.kasir.domain.refund;

import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentId;
import java.time.Instant;
import java.util.Objects;

/**
 * Money Kasir must give back by hand: none of the gateways offers a refund call, so a refund is a task
 * that stays open until someone records it done (with a note such as the bank transfer's reference).
 * {@code amount} is what the customer paid and is owed back; {@code exceptionId} is the ops exception
 * whose decision opened it. Usernames are portal usernames.
 */
public record Refund(
        long id,
        PaymentId paymentId,
        long exceptionId,
        Money amount,
        String reason,
        String requestedBy,
        Instant requestedAt,
        String doneBy,
        Instant doneAt,
        String doneNote) {

    public Refund {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    public boolean isDone() {
        return doneAt != null;
    }
}
