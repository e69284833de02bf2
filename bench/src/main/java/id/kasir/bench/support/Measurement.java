package id.kasir.bench.support;

import java.util.Locale;

/**
 * The figures of one run at one concurrency. Latencies are in milliseconds (HdrHistogram percentiles of the
 * successful operations, measured from just before the call to just after it returned); {@code perSecond} counts
 * successful operations over the wall time of the whole run.
 *
 * @param label       what was measured, e.g. {@code "payin kasir"}
 * @param concurrency operations in flight at once (threads)
 * @param operations  successful operations
 * @param errors      operations that threw or were judged failed
 * @param seconds     wall time of the run
 * @param perSecond   {@code operations / seconds}
 * @param p50Ms       median latency
 * @param p95Ms       95th percentile
 * @param p99Ms       99th percentile
 * @param maxMs       slowest
 */
public record Measurement(String label, int concurrency, long operations, long errors, double seconds,
                          double perSecond, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

    /** Header of {@link #tableRow()}, a Markdown table. */
    public static String tableHeader() {
        return "| what | in flight | ops | errors | s | ops/s | p50 ms | p95 ms | p99 ms | max ms |\n"
                + "|---|---|---|---|---|---|---|---|---|---|";
    }

    /** One Markdown table row. */
    public String tableRow() {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f |",
                label, concurrency, operations, errors, seconds, perSecond, p50Ms, p95Ms, p99Ms, maxMs);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s @%d: %d ops (%d errors) in %.1f s = %.1f/s; p50 %.2f ms, p95 %.2f ms, "
                + "p99 %.2f ms, max %.2f ms", label, concurrency, operations, errors, seconds, perSecond, p50Ms, p95Ms,
                p99Ms, maxMs);
    }
}
