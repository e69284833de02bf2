package id.kasir.batch.reconciliation;

import id.kasir.application.payment.ReconcilePayment;
import id.kasir.application.reconciliation.ReconciliationItem;
import id.kasir.application.reconciliation.ReconciliationRuns;
import id.kasir.domain.common.Actor;
import id.kasir.domain.reconciliation.ReconciliationOutcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Reconciles a chunk's payments concurrently (each call bounded by its gateway's {@link GatewayCallLimits})
 * and waits for all of them. Each payment's report line is stored as soon as the payment is reconciled, in
 * its own transaction, like the change it reports (so a payment the run moved out of flight keeps its line
 * even when the chunk fails and the reader, restarted after the last committed chunk, no longer finds it).
 * One payment's failure is its own line ({@link ReconciliationOutcome#GATEWAY_ERROR}), never a failed run.
 * After a restart the failed chunk's payments still in flight are reconciled again (applying is
 * idempotent) and their lines are not stored twice (unique per run and payment).
 */
final class ReconcileChunkWriter implements ItemWriter<InFlightPayment>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ReconcileChunkWriter.class);

    private final ReconcilePayment reconcile;
    private final ReconciliationRuns runs;
    private final GatewayCallLimits limits;
    private final ExecutorService executor;
    private final ReconciliationMetrics metrics;
    private final Clock clock;
    private volatile long runId;

    ReconcileChunkWriter(ReconcilePayment reconcile, ReconciliationRuns runs, GatewayCallLimits limits,
                         ExecutorService executor, ReconciliationMetrics metrics, Clock clock) {
        this.reconcile = reconcile;
        this.runs = runs;
        this.limits = limits;
        this.executor = executor;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
    }

    @Override
    public void write(Chunk<? extends InFlightPayment> chunk) throws Exception {
        List<Future<ReconciliationItem>> pending = new ArrayList<>(chunk.size());
        for (InFlightPayment payment : chunk.getItems()) {
            pending.add(executor.submit(() -> limits.call(payment.gateway(), () -> reconcileOne(payment))));
        }
        for (int i = 0; i < pending.size(); i++) {
            try {
                pending.get(i).get();
            } catch (ExecutionException failed) {
                // reconcileOne records its own failures; this is a fault of the executor or the limits
                recordLine(line(chunk.getItems().get(i), ReconciliationOutcome.GATEWAY_ERROR, null,
                        failed.getCause().getClass().getSimpleName(), 0));
            }
        }
    }

    private ReconciliationItem recordLine(ReconciliationItem line) {
        if (runs.record(List.of(line)) == 1) {
            metrics.item(line);
        }
        return line;
    }

    private ReconciliationItem reconcileOne(InFlightPayment payment) {
        try {
            ReconcilePayment.Reconciled done = reconcile.reconcile(payment.id(), Actor.system("reconciliation"));
            metrics.gatewayLatency(payment.gateway(), done.gatewayLatency());
            return recordLine(line(payment, done.outcome(), done.cause(), done.detail(),
                    done.gatewayLatency().toMillis()));
        } catch (RuntimeException failed) {
            // Kasir's own failure for this payment (never the gateway's "no": that is an outcome above).
            log.warn("Reconciling payment {} failed", payment.id(), failed);
            return recordLine(line(payment, ReconciliationOutcome.GATEWAY_ERROR, null,
                    failed.getClass().getSimpleName(), 0));
        }
    }

    private ReconciliationItem line(InFlightPayment payment, ReconciliationOutcome outcome,
                                    id.kasir.domain.gateway.UnknownCause cause, String detail, long millis) {
        return new ReconciliationItem(0, runId, payment.id().value(), payment.orderId(), payment.gateway(), outcome,
                cause, detail, millis, clock.instant());
    }
}
