package id.kasir.sandbox.cashin;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox's own clock and threads for Cash In: delayed answers, expiry timers, notification
 * deliveries and retries. Owned by {@link CashInSandboxConfiguration} and shut down with the context.
 */
final class CashInScheduler implements AutoCloseable {

    private final Clock clock;
    private final ScheduledExecutorService executor;

    CashInScheduler(Clock clock) {
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "cashin-sandbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    Clock clock() {
        return clock;
    }

    void later(Duration delay, Runnable task) {
        if (!executor.isShutdown()) {
            executor.schedule(task, Math.max(0, delay.toMillis()), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    void now(Runnable task) {
        later(Duration.ZERO, task);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
