package id.kasir.domain.payout;

import id.kasir.domain.common.Actor;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a payout's timeline. {@code from}/{@code to} are set for status changes (and equal for
 * lines that explain why a status stays); {@code detail} carries what a person needs to understand the
 * line (a gateway exchange with secrets and numbers masked, the names compared).
 */
public record PayoutEvent(PayoutEventType type, PayoutStatus from, PayoutStatus to, Actor actor, String summary,
                          String detail, Instant at) {
    public PayoutEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(at, "at");
    }
}
