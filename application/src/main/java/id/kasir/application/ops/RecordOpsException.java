package id.kasir.application.ops;

import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.ops.OpsExceptions;
import java.time.Clock;

/** Raises something for ops to look at; the same problem (same dedup key) is raised once. */
public final class RecordOpsException {

    private final OpsExceptions opsExceptions;
    private final Clock clock;

    public RecordOpsException(OpsExceptions opsExceptions, Clock clock) {
        this.opsExceptions = opsExceptions;
        this.clock = clock;
    }

    public OpsExceptions.Raised raise(OpsExceptionType type, String subject, String dedupKey, String description) {
        return opsExceptions.raise(type, subject, dedupKey, description, clock.instant());
    }
}
