package id.kasir.domain.ops;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of an exception's history: who ({@code actor}, a portal username) did what, when, and why
 * ({@code note}: the reason given, or the new owner for {@link OpsExceptionAction#ASSIGNED}).
 */
public record OpsExceptionStep(long exceptionId, OpsExceptionAction action, String actor, String note, Instant at) {

    public OpsExceptionStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
