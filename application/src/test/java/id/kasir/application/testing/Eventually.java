package id.kasir.application.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition that another thread or process makes true (a notification arriving), polling
 * it; fails after a generous ceiling. Not a timing assertion: a fast machine passes at once, a slow
 * one waits longer.
 */
public final class Eventually {
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
            Thread.onSpinWait();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting until " + what, e);
            }
        }
    }
}
