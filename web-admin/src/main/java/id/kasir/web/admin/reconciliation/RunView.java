package id.kasir.web.admin.reconciliation;

import id.kasir.application.reconciliation.ReconciliationRun;
import id.kasir.application.reconciliation.ReconciliationRuns;
import id.kasir.application.reconciliation.RunStatus;
import id.kasir.domain.reconciliation.ReconciliationOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A run as the page shows it: its counts per outcome and per gateway, how many lines it has so far and
 * the share of the payments it set out to reconcile (the progress bar; 100 % once it is done).
 */
public record RunView(ReconciliationRun run, Map<ReconciliationOutcome, Long> counts,
                      List<ReconciliationRuns.GatewayCount> byGateway, long done, int percent, Duration duration) {

    static RunView of(ReconciliationRun run, ReconciliationRuns runs, Instant now) {
        Map<ReconciliationOutcome, Long> counts = runs.countsByOutcome(run.id());
        long done = counts.values().stream().mapToLong(Long::longValue).sum();
        int percent = run.status() == RunStatus.COMPLETED ? 100
                : run.inFlightAtStart() == 0 ? 0 : (int) Math.min(100, done * 100 / run.inFlightAtStart());
        return new RunView(run, counts, runs.countsByGateway(run.id()), done, percent, run.duration(now));
    }

    public boolean running() {
        return run.status() == RunStatus.RUNNING;
    }

    /** "1 min 5 s", "42 s", "850 ms". */
    public String durationText() {
        if (duration.toSeconds() == 0) {
            return duration.toMillis() + " ms";
        }
        long minutes = duration.toMinutes();
        return minutes == 0 ? duration.toSeconds() + " s" : minutes + " min " + duration.toSecondsPart() + " s";
    }
}
