package id.kasir.sandbox.payin;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulated PayIn's own timer: callback sends and retries, and late answers under the LATENCY and
 * TIMEOUT faults (so no request thread ever sleeps). Owned by {@link PayInSandboxConfiguration}; closed
 * with the application context.
 */
public final class PayInScheduler implements AutoCloseable {

    private final ScheduledExecutorService executor;

    public PayInScheduler() {
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "payin-sandbox-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public ScheduledFuture<?> after(Duration delay, Runnable task) {
        return executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    }

    public void now(Runnable task) {
        executor.execute(task);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
