package id.kasir.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.InMemoryOpsExceptions;
import id.kasir.domain.ops.OpsExceptionType;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OpenOpsExceptionsGaugeTest {

    @Test
    void countsUnresolvedExceptionsPerTypeAtEachRead() {
        InMemoryOpsExceptions exceptions = new InMemoryOpsExceptions();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new OpenOpsExceptionsGauge(exceptions).bindTo(registry);
        Instant now = Instant.parse("2026-11-30T03:00:00Z");

        assertThat(open(registry, "AMOUNT_MISMATCH")).isZero();
        exceptions.raise(OpsExceptionType.AMOUNT_MISMATCH, "p-1", "k-1", "d", now);
        long stuck = exceptions.raise(OpsExceptionType.STUCK_PAYMENT, "p-2", "k-2", "d", now).exception().id();
        exceptions.resolve(stuck, "abdi", "answered", now);

        assertThat(open(registry, "AMOUNT_MISMATCH")).isEqualTo(1);
        assertThat(open(registry, "STUCK_PAYMENT")).isZero();
    }

    private static double open(SimpleMeterRegistry registry, String type) {
        return registry.get(OpenOpsExceptionsGauge.NAME).tag("type", type).gauge().value();
    }
}
