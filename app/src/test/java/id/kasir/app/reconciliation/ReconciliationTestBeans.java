package id.kasir.app.reconciliation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Beans the reconciliation tests add to Kasir: a clock the test moves (the sandbox and Kasir read the same
 * one), and a "kill switch" that fails a chosen chunk once, after its payments were reconciled, as a node
 * dying mid-run would. Not a {@code @Configuration}: only tests that name it as a source get it.
 */
public class ReconciliationTestBeans {

    @Bean
    @Primary
    MovedClock testClock() {
        return new MovedClock();
    }

    /** The system clock, moved forward by the test (it keeps ticking: the sandbox's schedules need that). */
    public static final class MovedClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        public void advance(Duration by) {
            ahead = ahead.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }

    @Bean
    KillSwitch killSwitch() {
        return new KillSwitch();
    }

    /** Fails the {@code failAtChunk}-th chunk written after {@link #arm}, once. */
    public static final class KillSwitch implements ItemWriteListener<Object> {
        private final AtomicInteger chunksUntilFailure = new AtomicInteger(-1);

        public void arm(int failAtChunk) {
            chunksUntilFailure.set(failAtChunk);
        }

        @Override
        public void afterWrite(Chunk<?> items) {
            if (chunksUntilFailure.get() > 0 && chunksUntilFailure.decrementAndGet() == 0) {
                throw new IllegalStateException("killed mid-run (test)");
            }
        }
    }
}
