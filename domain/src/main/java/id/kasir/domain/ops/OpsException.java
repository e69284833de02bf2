package id.kasir.domain.ops;

import java.time.Instant;
import java.util.Objects;

/**
 * Something ops must look at and resolve with a reason. {@code subject} names what it is about
 * (a payment id, a notification id); {@code dedupKey} stops the same problem being raised twice:
 * a key is taken once, for good, so a problem that can recur after being resolved must carry what
 * makes it new in its key (e.g. the reported amount, a date).
 */
public record OpsException(
        long id,
        OpsExceptionType type,
        String subject,
        String dedupKey,
        String description,
        Instant raisedAt,
        Instant resolvedAt,
        String resolvedBy,
        String resolution) {

    public OpsException {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }
}
