package id.kasir.domain.payment;

import id.kasir.domain.common.Actor;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a payment's timeline. {@code from}/{@code to} are set for status changes;
 * {@code detail} carries what a person needs to understand the line (a gateway exchange with
 * secrets masked, the reported amount, the reason). {@code text} is what the line says as a code and arguments,
 * shown in the reader's language; null on lines written before issue 16 (then {@code summary}, English, is all
 * there is).
 */
public record PaymentEvent(
        PaymentEventType type,
        PaymentStatus from,
        PaymentStatus to,
        Actor actor,
        String summary,
        String detail,
        Instant at,
        EventText text) {

    /** A line without a coded text: readers show {@code summary} as it is. */
    public PaymentEvent(PaymentEventType type, PaymentStatus from, PaymentStatus to, Actor actor, String summary,
                        String detail, Instant at) {
        this(type, from, to, actor, summary, detail, at, null);
    }

    public PaymentEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(at, "at");
    }
}
