package id.kasir.domain.payout;

import id.kasir.domain.common.Actor;
import java.time.Instant;
import java.util.Objects;

/** One line of a payout's timeline. */
public record PayoutEvent(String type, PayoutStatus from, PayoutStatus to, Actor actor, String summary,
                          String detail, Instant at) {
    public PayoutEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(at, "at");
    }
}
