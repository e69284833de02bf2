package id.kasir.domain.payment;

import id.kasir.domain.common.Actor;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a payment's timeline. {@code from}/{@code to} are set for status changes;
 * {@code detail} carries what a person needs to understand the line (a gateway exchange with
 * secrets masked, the reported amount, the reason).
 */
public record PaymentEvent(
        PaymentEventType type,
        PaymentStatus from,
        PaymentStatus to,
        Actor actor,
        String summary,
        String detail,
        Instant at) {

    public PaymentEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(at, "at");
    }
}
