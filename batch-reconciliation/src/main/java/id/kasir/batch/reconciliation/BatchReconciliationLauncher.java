package id.kasir.batch.reconciliation;

import id.kasir.application.reconciliation.ReconciliationTrigger;
import id.kasir.application.reconciliation.RunTrigger;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Executor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts the {@code reconciliation} job: nightly ({@link NightlyReconciliation}), on demand from the portal
 * ({@link #startNow}) and from the command line ({@link #runFromCommandLine}). Never two runs at once:
 * every start holds the ShedLock lock {@value #LOCK} (the one the nightly schedule's
 * {@code @SchedulerLock} takes) for the whole run, across all nodes.
 */
public final class BatchReconciliationLauncher implements ReconciliationTrigger {

    static final String LOCK = "reconciliation-run";
    private static final Logger log = LoggerFactory.getLogger(BatchReconciliationLauncher.class);

    /** Exit codes of {@code java -jar kasir.jar --kasir.job=reconciliation}. */
    public static final int EXIT_COMPLETED = 0;
    public static final int EXIT_RUN_FAILED = 1;
    public static final int EXIT_COULD_NOT_START = 2;
    public static final int EXIT_ANOTHER_RUN_IN_PROGRESS = 3;

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final LockProvider locks;
    private final Executor background;
    private final ReconciliationProperties properties;
    private final Clock clock;

    BatchReconciliationLauncher(JobOperator operator, JobRepository repository, Job job, LockProvider locks,
                                Executor background, ReconciliationProperties properties, Clock clock) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
        this.locks = locks;
        this.background = background;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The nightly run of today's business date; the caller holds the lock. A date already reconciled (by
     * this or another node) is not run again; a run of the date that failed or whose node died is restarted
     * and continues from its last committed chunk.
     */
    void runNightlyHoldingTheLock() {
        LocalDate businessDate = clock.instant().atZone(properties.zone()).toLocalDate();
        JobParameters parameters = JobParametersOf.nightly(businessDate);
        try {
            report(start(parameters));
        } catch (JobInstanceAlreadyCompleteException done) {
            log.info("Reconciliation of {} already completed (on this or another node): not run again", businessDate);
        } catch (Exception failed) {
            log.error("The nightly reconciliation of {} could not start", businessDate, failed);
        }
    }

    @Override
    public void startNow(String requestedBy) {
        SimpleLock lock = lockOrRefuse();
        JobParameters parameters = JobParametersOf.now(RunTrigger.ON_DEMAND, today(), requestedBy);
        try {
            background.execute(() -> {
                try {
                    report(start(parameters));
                } catch (Exception failed) {
                    log.error("The reconciliation run requested by {} could not start", requestedBy, failed);
                } finally {
                    lock.unlock();
                }
            });
        } catch (RuntimeException rejected) {
            lock.unlock();
            throw rejected;
        }
    }

    /**
     * One run, in this thread, for {@code --kasir.job=reconciliation}.
     *
     * @return {@link #EXIT_COMPLETED} when the run completed (whatever its items' outcomes), {@link #EXIT_RUN_FAILED}
     *         when it failed (the next start of the same date restarts it), {@link #EXIT_COULD_NOT_START} when it
     *         could not start, {@link #EXIT_ANOTHER_RUN_IN_PROGRESS} when a run is in progress on some node
     */
    public int runFromCommandLine() {
        Optional<SimpleLock> lock = tryLock();
        if (lock.isEmpty()) {
            log.error("Another reconciliation run is in progress: not started");
            return EXIT_ANOTHER_RUN_IN_PROGRESS;
        }
        try {
            JobExecution execution = start(JobParametersOf.now(RunTrigger.COMMAND_LINE, today(), "system:cli"));
            report(execution);
            return execution.getStatus() == BatchStatus.COMPLETED ? EXIT_COMPLETED : EXIT_RUN_FAILED;
        } catch (Exception failed) {
            log.error("The reconciliation run could not start", failed);
            return EXIT_COULD_NOT_START;
        } finally {
            lock.get().unlock();
        }
    }

    private JobExecution start(JobParameters parameters) throws Exception {
        try {
            return operator.start(job, parameters);
        } catch (JobExecutionAlreadyRunningException leftBehind) {
            // We hold the lock, so nobody runs it: its node died mid-run. Mark it failed and restart it.
            JobExecution dead = repository.getLastJobExecution(job.getName(), parameters);
            log.warn("Reconciliation execution {} was left running by a node that died: restarting it", dead.getId());
            operator.recover(dead);
            return operator.start(job, parameters);
        }
    }

    private SimpleLock lockOrRefuse() {
        return tryLock().orElseThrow(() -> new RunAlreadyRunning(
                "A reconciliation run is in progress; a second one is not started. Try again when it has finished."));
    }

    private Optional<SimpleLock> tryLock() {
        return locks.lock(new LockConfiguration(clock.instant(), LOCK, properties.lockAtMostFor(), Duration.ZERO));
    }

    private LocalDate today() {
        return clock.instant().atZone(properties.zone()).toLocalDate();
    }

    private static void report(JobExecution execution) {
        log.info("Reconciliation run {} (execution {}) ended {}", execution.getJobInstance().getInstanceId(),
                execution.getId(), execution.getStatus());
    }
}
