package id.kasir.bench.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * Runs {@code operations} calls of a task with exactly {@code concurrency} of them in flight (a closed loop: each
 * thread starts its next call when its last one returned), recording every successful call's latency in an
 * HdrHistogram (microsecond resolution, 3 significant digits, up to 10 minutes).
 *
 * <p>The task gets the operation's index ({@code 0 .. operations-1}, each exactly once), so a harness can give
 * every call its own payment. A call that throws, or whose task returns {@code false}, counts as an error and its
 * latency is not recorded; the first error's message is printed once so a broken run is visible at once.
 */
public final class FixedConcurrency {

    /** One call; returns whether it succeeded (e.g. the HTTP status was the expected one). */
    @FunctionalInterface
    public interface Task {
        boolean call(int index) throws Exception;
    }

    private FixedConcurrency() {
    }

    /**
     * @param label       names the measurement
     * @param concurrency threads, each with one call in flight
     * @param operations  calls in all, indices {@code 0 .. operations-1}
     * @param task        the call
     */
    public static Measurement run(String label, int concurrency, int operations, Task task) {
        Recorder recorder = new Recorder(TimeUnit.MINUTES.toMicros(10), 3);
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                workers.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < operations; i = next.getAndIncrement()) {
                        long begin = System.nanoTime();
                        boolean ok;
                        try {
                            ok = task.call(i);
                            if (!ok && firstError.compareAndSet(null, "call " + i + " judged failed")) {
                                System.err.println(label + ": first error: call " + i + " judged failed");
                            }
                        } catch (Exception e) {
                            ok = false;
                            if (firstError.compareAndSet(null, String.valueOf(e))) {
                                System.err.println(label + ": first error: " + e);
                            }
                        }
                        long micros = (System.nanoTime() - begin) / 1_000;
                        if (ok) {
                            recorder.recordValue(Math.max(1, micros));
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram histogram = recorder.getIntervalHistogram();
        long ok = histogram.getTotalCount();
        return new Measurement(label, concurrency, ok, errors.get(), seconds, ok / seconds,
                ms(histogram.getValueAtPercentile(50)), ms(histogram.getValueAtPercentile(95)),
                ms(histogram.getValueAtPercentile(99)), ms(histogram.getMaxValue()));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
