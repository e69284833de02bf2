package id.kasir.application.reconciliation;

import id.kasir.domain.reconciliation.ReconciliationOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where reconciliation runs and their report lines are kept (repository port). */
public interface ReconciliationRuns {

    /** Stores a new run, or leaves it as it is when a run with its id exists (a restart): then marks it RUNNING. */
    void begin(ReconciliationRun run);

    /**
     * Stores report lines; a line for a (run, payment) already stored is skipped, so a chunk that is
     * processed again after a restart is counted once.
     *
     * @return how many lines were new
     */
    int record(List<ReconciliationItem> items);

    void finish(long runId, RunStatus status, Instant finishedAt);

    Optional<ReconciliationRun> byId(long runId);

    /** Newest first. */
    List<ReconciliationRun> latest(int limit);

    /** The last run that completed, if any. */
    Optional<ReconciliationRun> lastCompleted();

    Map<ReconciliationOutcome, Long> countsByOutcome(long runId);

    /** Lines per gateway and outcome. */
    List<GatewayCount> countsByGateway(long runId);

    /** A run's lines in the order they were stored, after {@code afterId}, optionally of one outcome. */
    List<ReconciliationItem> items(long runId, ReconciliationOutcome outcome, long afterId, int limit);

    /** Payments in PENDING, OPEN or PAYING created before {@code createdBefore}: what a run starting now will read. */
    long countInFlight(Instant createdBefore);

    record GatewayCount(String gateway, ReconciliationOutcome outcome, long count) {
    }
}
