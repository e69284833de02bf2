package id.kasir.web.api;

import id.kasir.application.merchant.PruneIdempotencyKeys;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes Idempotency-Keys older than {@code kasir.api.idempotency-keys.retention}, every
 * {@code kasir.api.idempotency-keys.prune-interval}, on one node at a time however many nodes run
 * (ShedLock's lock {@code prune-idempotency-keys} in the database; the application enables it). It holds
 * the lock at least a minute, so nodes whose schedules fire together do not each run it in turn.
 */
public class IdempotencyKeyPruning {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPruning.class);
    private static final int PROGRESS_EVERY = 100_000;
    private final PruneIdempotencyKeys prune;

    public IdempotencyKeyPruning(PruneIdempotencyKeys prune) {
        this.prune = prune;
    }

    @Scheduled(fixedDelayString = "${kasir.api.idempotency-keys.prune-interval:PT1H}",
            initialDelayString = "${kasir.api.idempotency-keys.prune-interval:PT1H}")
    @SchedulerLock(name = "prune-idempotency-keys", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void pruneExpired() {
        try {
            int deleted = prune.pruneExpired(soFar -> {
                if (soFar % PROGRESS_EVERY == 0) {
                    log.info("Pruning Idempotency-Keys: {} deleted so far", soFar);
                }
            });
            if (deleted > 0) {
                log.info("Deleted {} Idempotency-Keys older than {}", deleted, prune.retention());
            }
        } catch (RuntimeException e) {
            log.warn("Pruning Idempotency-Keys failed this round; will try again: {}", e.toString());
        }
    }
}
