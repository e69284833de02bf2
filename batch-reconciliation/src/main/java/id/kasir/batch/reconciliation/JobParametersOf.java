package id.kasir.batch.reconciliation;

import id.kasir.application.reconciliation.RunTrigger;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job's parameters. A nightly run is identified by its business date alone, so a second node's run
 * of the same date is the same job instance (already complete: not run again; failed: restarted). An
 * on-demand or command-line run is identified by a fresh request id as well: its own instance.
 */
final class JobParametersOf {

    static final String BUSINESS_DATE = "businessDate";
    static final String TRIGGER = "trigger";
    static final String REQUEST = "request";
    static final String REQUESTED_BY = "requestedBy";

    private JobParametersOf() {
    }

    static JobParameters nightly(LocalDate businessDate) {
        return new JobParametersBuilder()
                .addString(BUSINESS_DATE, businessDate.toString(), true)
                .addString(TRIGGER, RunTrigger.NIGHTLY.name(), false)
                .addString(REQUESTED_BY, "system:scheduler", false)
                .toJobParameters();
    }

    static JobParameters now(RunTrigger trigger, LocalDate businessDate, String requestedBy) {
        return new JobParametersBuilder()
                .addString(BUSINESS_DATE, businessDate.toString(), true)
                .addString(REQUEST, UUID.randomUUID().toString(), true)
                .addString(TRIGGER, trigger.name(), false)
                .addString(REQUESTED_BY, requestedBy, false)
                .toJobParameters();
    }
}
