package id.kasir.app;

import id.kasir.application.port.StoreUnavailable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.ErrorHandler;

/**
 * What a scheduled run's failure does to the log. The schedules themselves (expiry, janitor, payout
 * follow-up, outbox delivery, pruning) never stop: Spring runs a fixed-delay task again after it threw.
 * But Spring's default handler logs every failed run with its stack trace, so a database outage of a
 * minute filled the log with one trace per schedule per tick. Here a run that failed because Kasir's
 * database could not be reached ({@link StoreUnavailable#isCauseOf}, or Spring's
 * {@link DataAccessResourceFailureException} / {@link CannotCreateTransactionException}; by type, never by
 * message) is one WARN line without a trace, at most once per {@link #QUIET_FOR} while failures continue;
 * anything else is logged as Spring would (ERROR with the trace: that is a bug to find).
 *
 * <p>Installed on Spring Boot's task scheduler (the one {@code @Scheduled} uses, platform or virtual threads)
 * as its error handler.
 */
@Component
public class SchedulerOutageErrorHandler implements ErrorHandler, ThreadPoolTaskSchedulerCustomizer,
        SimpleAsyncTaskSchedulerCustomizer {

    /** While the outage lasts, one WARN line per this long (the count of runs it covers says the rest). */
    static final Duration QUIET_FOR = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(SchedulerOutageErrorHandler.class);

    private final Clock clock;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger unreported = new AtomicInteger();
    private volatile Instant lastReported = Instant.MIN;

    /** On the system clock, not Kasir's: how often the log speaks is about real time, never moved by tests. */
    public SchedulerOutageErrorHandler() {
        this(Clock.systemUTC());
    }

    SchedulerOutageErrorHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void customize(ThreadPoolTaskScheduler scheduler) {
        scheduler.setErrorHandler(this);
    }

    /** The scheduler Boot builds instead when virtual threads are switched on. */
    @Override
    public void customize(SimpleAsyncTaskScheduler scheduler) {
        scheduler.setErrorHandler(this);
    }

    @Override
    public void handleError(Throwable failure) {
        if (!isOutage(failure)) {
            log.error("Unexpected error occurred in scheduled task", failure);
            return;
        }
        failures.incrementAndGet();
        int covered = unreported.incrementAndGet();
        Instant now = clock.instant();
        synchronized (this) {
            if (!lastReported.equals(Instant.MIN) && Duration.between(lastReported, now).compareTo(QUIET_FOR) < 0) {
                return;
            }
            lastReported = now;
            unreported.addAndGet(-covered);
        }
        log.warn("Scheduled work could not reach Kasir's database ({}); {} failed run(s) since the last such line. "
                + "The schedules keep running and resume by themselves when the database is back; next line in "
                + "at most {} while this lasts", StoreUnavailable.describe(failure), covered, QUIET_FOR);
    }

    /** Runs that failed for want of the database since start (for tests and a glance in a debugger). */
    public int failuresDuringOutages() {
        return failures.get();
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return StoreUnavailable.isCauseOf(failure);
    }
}
