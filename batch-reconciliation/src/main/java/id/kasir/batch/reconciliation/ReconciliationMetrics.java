package id.kasir.batch.reconciliation;

import id.kasir.application.reconciliation.ReconciliationItem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Micrometer meters of reconciliation:
 * <ul>
 *   <li>{@code kasir.reconciliation.items} (counter; tags {@code outcome}, {@code gateway}): report lines;</li>
 *   <li>{@code kasir.reconciliation.gateway.latency} (timer; tag {@code gateway}): asking the gateway and recording the call;</li>
 *   <li>{@code kasir.reconciliation.run.duration} (timer; tags {@code trigger}, {@code status}): a run, start to end.</li>
 * </ul>
 */
final class ReconciliationMetrics {

    private final MeterRegistry registry;

    ReconciliationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void item(ReconciliationItem line) {
        Counter.builder("kasir.reconciliation.items").description("Reconciliation report lines")
                .tag("outcome", line.outcome().name()).tag("gateway", line.gateway())
                .register(registry).increment();
    }

    void gatewayLatency(String gateway, Duration latency) {
        Timer.builder("kasir.reconciliation.gateway.latency").description("Status query to a gateway during reconciliation")
                .tag("gateway", gateway).register(registry).record(latency);
    }

    void run(String trigger, String status, Duration duration) {
        Timer.builder("kasir.reconciliation.run.duration").description("A reconciliation run, start to end")
                .tag("trigger", trigger).tag("status", status).register(registry).record(duration);
    }
}
