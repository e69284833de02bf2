package id.kasir.application.merchant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Forgets {@code Idempotency-Key}s older than the retention period, so the table does not grow
 * forever. A merchant's retry comes within minutes or hours; a payment expires within 7 days at most,
 * so a retention of weeks (default 30 days, {@code kasir.api.idempotency-keys.retention}) forgets
 * nothing a retry could still need. Even then a late retry is safe: the order id is unique for good,
 * so the same order is answered with its payment, never paid twice.
 *
 * <p>Deletes in batches, each its own statement, so a large backlog (the first run after an upgrade)
 * never holds one huge transaction. The schedule that calls it runs on one node at a time.
 */
public final class PruneIdempotencyKeys {

    static final int BATCH = 1_000;
    private final IdempotencyKeys keys;
    private final Clock clock;
    private final Duration retention;

    public PruneIdempotencyKeys(IdempotencyKeys keys, Clock clock, Duration retention) {
        this.keys = keys;
        this.clock = clock;
        this.retention = Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("The retention of Idempotency-Keys must be positive, not " + retention);
        }
    }

    /** Deletes every key stored before now minus the retention; returns how many. */
    public int pruneExpired() {
        return pruneExpired(deletedSoFar -> { });
    }

    /**
     * Deletes every key stored before now minus the retention, telling {@code progress} the running
     * total after each batch (a first run after an upgrade may have millions to delete); returns how many.
     */
    public int pruneExpired(IntConsumer progress) {
        Instant cutoff = clock.instant().minus(retention);
        int total = 0;
        int deleted;
        do {
            deleted = keys.deleteStoredBefore(cutoff, BATCH);
            total += deleted;
            if (deleted > 0) {
                progress.accept(total);
            }
        } while (deleted == BATCH);
        return total;
    }

    public Duration retention() {
        return retention;
    }
}
