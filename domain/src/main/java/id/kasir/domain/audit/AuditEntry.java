package id.kasir.domain.audit;

import id.kasir.domain.common.Actor;
import java.time.Instant;
import java.util.Objects;

/** One admin action: who, what, on what, from where, when. */
public record AuditEntry(Actor actor, String action, String target, String detail, String sourceAddress, Instant at) {
    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }
}
