/**
 * What every benchmark harness shares, kept small on purpose:
 * <ul>
 *   <li>{@link id.kasir.bench.support.KasirProcess}: {@code app/target/kasir.jar} started as its own JVM on a
 *       fresh MariaDB database with the in-process sandbox, waited for until healthy, stopped on close;</li>
 *   <li>{@link id.kasir.bench.support.FixedConcurrency}: a task run by N threads at once, each latency recorded in
 *       an HdrHistogram, giving a {@link id.kasir.bench.support.Measurement} (operations/s, p50, p95, p99, max);</li>
 *   <li>{@link id.kasir.bench.support.Machine}: cores and load average, to print beside every figure;</li>
 *   <li>{@link id.kasir.bench.support.ResultsFile}: the figures as text under {@code bench/target/results/};</li>
 *   <li>{@link id.kasir.bench.support.BarChart}: a grouped bar chart drawn as PNG with XChart.</li>
 * </ul>
 * Harnesses run from the repository's root (as {@code bench/run} does), so relative paths are from there.
 */
package id.kasir.bench.support;
