package id.kasir.application.reconciliation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One reconciliation run: one Spring Batch job instance, so a restart after a failure continues the
 * same run (and its counts) rather than starting another.
 *
 * @param id              the job instance's id
 * @param businessDate    the date in Asia/Jakarta the run is for (nightly runs: at most one per date)
 * @param requestedBy     the actor who started it (an operator's name, "system:scheduler", "system:cli")
 * @param inFlightAtStart how many payments were in flight and old enough when it started: the progress bar's 100 %
 */
public record ReconciliationRun(long id, RunTrigger trigger, LocalDate businessDate, String requestedBy,
                                Instant startedAt, Instant finishedAt, RunStatus status, long inFlightAtStart) {
    public ReconciliationRun {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
    }

    /** How long it ran (so far, when still running, up to {@code now}). */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, finishedAt == null ? now : finishedAt);
    }

    public Optional<Instant> finished() {
        return Optional.ofNullable(finishedAt);
    }
}
