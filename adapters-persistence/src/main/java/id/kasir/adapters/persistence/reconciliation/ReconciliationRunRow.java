package id.kasir.adapters.persistence.reconciliation;

import id.kasir.application.reconciliation.ReconciliationRun;
import id.kasir.application.reconciliation.RunStatus;
import id.kasir.application.reconciliation.RunTrigger;
import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code reconciliation_runs}. */
class ReconciliationRunRow {
    long id;
    String runTrigger;
    LocalDate businessDate;
    String requestedBy;
    Instant startedAt;
    Instant finishedAt;
    String status;
    long inFlightAtStart;

    static ReconciliationRunRow of(ReconciliationRun run) {
        ReconciliationRunRow row = new ReconciliationRunRow();
        row.id = run.id();
        row.runTrigger = run.trigger().name();
        row.businessDate = run.businessDate();
        row.requestedBy = run.requestedBy() == null ? "" : run.requestedBy();
        row.startedAt = run.startedAt();
        row.finishedAt = run.finishedAt();
        row.status = run.status().name();
        row.inFlightAtStart = run.inFlightAtStart();
        return row;
    }

    ReconciliationRun toRun() {
        return new ReconciliationRun(id, RunTrigger.valueOf(runTrigger), businessDate, requestedBy, startedAt,
                finishedAt, RunStatus.valueOf(status), inFlightAtStart);
    }
}
