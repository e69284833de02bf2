package id.kasir.batch.reconciliation;

import id.kasir.application.reconciliation.ReconciliationRun;
import id.kasir.application.reconciliation.ReconciliationRuns;
import id.kasir.application.reconciliation.RunStatus;
import id.kasir.application.reconciliation.RunTrigger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Keeps the run's row: RUNNING when an execution starts (a restart continues the same row), COMPLETED or FAILED at its end. */
final class ReconciliationRunListener implements JobExecutionListener {

    private final ReconciliationRuns runs;
    private final InFlightCounter inFlight;
    private final ReconciliationMetrics metrics;
    private final Duration minAge;
    private final Clock clock;

    /** How many payments the run will read (for the progress bar). */
    interface InFlightCounter {
        long count(Instant createdBefore);
    }

    ReconciliationRunListener(ReconciliationRuns runs, InFlightCounter inFlight, ReconciliationMetrics metrics,
                              Duration minAge, Clock clock) {
        this.runs = runs;
        this.inFlight = inFlight;
        this.metrics = metrics;
        this.minAge = minAge;
        this.clock = clock;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        JobParameters p = execution.getJobParameters();
        Instant now = clock.instant();
        long runId = execution.getJobInstance().getInstanceId();
        long expected = runs.byId(runId).map(ReconciliationRun::inFlightAtStart)
                .orElseGet(() -> inFlight.count(now.minus(minAge)));
        runs.begin(new ReconciliationRun(runId, RunTrigger.valueOf(p.getString(JobParametersOf.TRIGGER)),
                LocalDate.parse(p.getString(JobParametersOf.BUSINESS_DATE)), p.getString(JobParametersOf.REQUESTED_BY),
                now, null, RunStatus.RUNNING, expected));
    }

    @Override
    public void afterJob(JobExecution execution) {
        long runId = execution.getJobInstance().getInstanceId();
        RunStatus status = execution.getStatus() == BatchStatus.COMPLETED ? RunStatus.COMPLETED : RunStatus.FAILED;
        Instant end = clock.instant();
        runs.finish(runId, status, end);
        runs.byId(runId).ifPresent(run -> metrics.run(run.trigger().name(), status.name(), run.duration(end)));
    }
}
