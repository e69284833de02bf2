package id.kasir.domain.common;

/**
 * Someone else changed the aggregate since we read it (its version moved on). The caller re-reads
 * and re-judges; it never overwrites the other change.
 */
public class StaleAggregateException extends RuntimeException {
    public StaleAggregateException(String aggregate, String id, long expectedVersion) {
        super(aggregate + " " + id + " was changed by someone else (expected version " + expectedVersion + ")");
    }
}
