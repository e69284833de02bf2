package id.kasir.app;

import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.ops.OpsExceptions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The gauge {@code kasir.ops.exceptions.open} (Prometheus: {@code kasir_ops_exceptions_open}), one series per
 * exception type (tag {@code type}), counting exceptions not yet resolved (OPEN or IN_PROGRESS). Alert on
 * it rising for AMOUNT_MISMATCH, PAID_AFTER_EXPIRY or PAID_AFTER_CLOSE to hear of a new money exception.
 * Read from the database at each scrape (one grouped count per series), so every node reports the same.
 */
public final class OpenOpsExceptionsGauge implements MeterBinder {

    public static final String NAME = "kasir.ops.exceptions.open";

    private final OpsExceptions opsExceptions;

    public OpenOpsExceptionsGauge(OpsExceptions opsExceptions) {
        this.opsExceptions = opsExceptions;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (OpsExceptionType type : OpsExceptionType.values()) {
            Gauge.builder(NAME, opsExceptions, e -> e.countOpenByType().getOrDefault(type, 0L))
                    .description("Ops exceptions not yet resolved, by type")
                    .tag("type", type.name())
                    .register(registry);
        }
    }
}
