package id.kasir.application.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition that another thread or process makes true (a notification arriving), polling
 * it; fails after a generous ceiling. Not a timing assertion: a fast machine passes at once, a slow
 * one waits longer.
 */
public final class Eventually {
    private static final long POLL_INTERVAL_NANOS = 20_000_000L;

    private Eventually() {
    }

    public static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, Duration.ofSeconds(20), condition);
    }

    public static void waitUntil(String what, Duration ceiling, BooleanSupplier condition) {
        long deadline = System.nanoTime() + ceiling.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Gave up after " + ceiling.toSeconds() + " s waiting until " + what);
            }
            LockSupport.parkNanos(POLL_INTERVAL_NANOS);
            if (Thread.interrupted()) {
                throw new AssertionError("Interrupted waiting until " + what);
            }
        }
    }
}
