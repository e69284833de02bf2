package id.kasir.bench.lists;

import id.kasir.bench.support.Machine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Benchmark 3 of issue 17: the portal's and the API's lists at {@code n} (default 1,000,000) payments on MariaDB.
 *
 * <p>{@code bench/run lists.ListsBenchmark [--n=1000000] [--samples=100] [--seconds=8] [--label=after]
 * [--explain=true] [--measure=true] [--only=<group>,…] [--chart=docs/bench/lists-p95.png] [--redraw=true] [--db=kasir_bench_lists] [--port=18117] [--compare=<label>]}
 *
 * <ol>
 *   <li>Creates the database {@code --db} when missing (kept between runs: seeding a million payments takes
 *       minutes); the Kasir jar migrates it; {@link SeedData} fills it unless it already holds {@code n} payments.</li>
 *   <li>EXPLAIN pass ({@code --explain}): Kasir with MyBatis' SQL logged; each request once; every SELECT it ran is
 *       given to MariaDB's {@code ANALYZE} ({@link SqlExplainer}); written to {@code lists-<label>-explain.md}.</li>
 *   <li>Timing pass ({@code --measure}): Kasir restarted without SQL logging; the portal logged in through its
 *       form, the API with a key; every request warmed up 3 times, then each timed one at a time (one user) for
 *       {@code --samples} requests or {@code --seconds} (but at least {@link #MIN_SAMPLES}), whichever ends first, into an HdrHistogram (µs); then the
 *       CSV export (all payments, up to its cap of 100,000 rows) three times for rows per second.</li>
 * </ol>
 * Results: {@code bench/target/results/lists-<label>.csv} and {@code .md}, and the chart
 * {@code docs/bench/lists-p95.png} (p95 per request, with the {@code --compare} run's beside it).
 */
public final class ListsBenchmark {

    static final long TARGET_P95_MS = 100;

    /**
     * Every request is timed at least this often, even past {@code --seconds}: enough to tell a request of seconds
     * (a full scan) from one of milliseconds without spending minutes on it; the table gives each one's count.
     */
    static final int MIN_SAMPLES = 5;

    private ListsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        long n = Long.parseLong(opt.getOrDefault("n", "1000000"));
        int samples = Integer.parseInt(opt.getOrDefault("samples", "100"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "8"));
        String label = opt.getOrDefault("label", "run");
        String dbName = opt.getOrDefault("db", "kasir_bench_lists");
        int port = Integer.parseInt(opt.getOrDefault("port", "18117"));
        String server = System.getenv().getOrDefault("KASIR_BENCH_DB_SERVER", "jdbc:mysql://127.0.0.1:3306");
        Path jar = Path.of(opt.getOrDefault("jar", "app/target/kasir.jar"));
        Path results = Files.createDirectories(Path.of("bench/target/results"));
        String jdbc = server + "/" + dbName;
        String user = System.getenv().getOrDefault("KASIR_TEST_DB_USERNAME", "root");
        String password = System.getenv().getOrDefault("KASIR_TEST_DB_PASSWORD", "");

        if (opt.containsKey("redraw")) { // only the chart again, from the results files of --label and --compare
            ListsChart.draw(results, label, opt.get("compare"),
                    Path.of(opt.getOrDefault("chart", "docs/bench/lists-p95.png")));
            return;
        }
        try (Connection admin = DriverManager.getConnection(server + "/", user, password);
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE IF NOT EXISTS " + dbName + " CHARACTER SET utf8mb4");
        }
        String load0 = Machine.loadAverage();
        System.out.printf(Locale.ROOT, "lists benchmark: n=%d db=%s label=%s load %s%n", n, dbName, label, load0);
        try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
            boolean explain = Boolean.parseBoolean(opt.getOrDefault("explain", "true"));
            boolean seeded = "1".equals(SeedData.one(db, "SELECT COUNT(*) FROM information_schema.tables WHERE"
                    + " table_schema = DATABASE() AND table_name = 'payments'"))
                    && Long.parseLong(SeedData.one(db, "SELECT COUNT(*) FROM payments")) >= n;
            // The first Kasir migrates and is asked the EXPLAIN pass's requests; not needed to time a seeded database.
            if (explain || !seeded) {
                try (KasirUnderTest kasir = KasirUnderTest.start(jar, jdbc, port,
                        results.resolve("kasir-" + label + "-explain.log"), explain)) {
                    long have = Long.parseLong(SeedData.one(db, "SELECT COUNT(*) FROM payments"));
                    if (have < n) {
                        if (have > 0) {
                            throw new IllegalStateException(dbName + " holds " + have + " payments, fewer than " + n
                                    + ": drop it to seed again");
                        }
                        System.out.println("seeding " + n + " payments …");
                        SeedData.seed(db, n, (step, rows, ms) -> System.out.printf(Locale.ROOT,
                                "  %-32s %,10d rows %,8d ms%n", step, rows, ms));
                    }
                    if (explain) {
                        Scenarios scenarios = Scenarios.of(db, n, n / 2);
                        Clients clients = Clients.loggedIn(kasir.baseUrl());
                        explainAll(db, kasir, clients, scenarios, results.resolve("lists-" + label + "-explain.md"));
                    }
                }
            }
            if (Boolean.parseBoolean(opt.getOrDefault("measure", "true"))) {
                Scenarios scenarios = Scenarios.of(db, n, n / 2).only(opt.get("only"));
                try (KasirUnderTest kasir = KasirUnderTest.start(jar, jdbc, port, results.resolve("kasir-" + label + ".log"),
                        false)) {
                    Clients clients = Clients.loggedIn(kasir.baseUrl());
                    List<Row> rows = measure(clients, scenarios, samples, seconds);
                    Export export = export(clients, scenarios.exportPath());
                    String load1 = Machine.loadAverage();
                    ResultsFile.write(results, label, n, rows, export, load0, load1);
                    ListsChart.draw(results, label, opt.get("compare"),
                            Path.of(opt.getOrDefault("chart", "docs/bench/lists-p95.png")));
                }
            }
        }
    }

    /** One timed request: its percentiles in milliseconds. */
    record Row(String group, String name, boolean api, long count, int errors, double p50, double p95, double p99,
               double max, long bytes, String firstError) {
    }

    record Export(long rows, double seconds, double rowsPerSecond, int status) {
    }

    private static List<Row> measure(Clients clients, Scenarios scenarios, int samples, int seconds) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) { // every request warmed up before any is timed: no row pays for the JIT alone
            for (Scenarios.Scenario s : scenarios.all()) {
                call(clients, s);
            }
        }
        for (Scenarios.Scenario s : scenarios.all()) {
            Histogram h = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
            int errors = 0;
            String firstError = null;
            long bytes = 0;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (h.getTotalCount() < samples && (h.getTotalCount() < MIN_SAMPLES || System.nanoTime() < end)) {
                long t0 = System.nanoTime();
                Clients.Answer answer = call(clients, s);
                h.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                bytes = answer.bytes();
                if (!answered(s, answer)) {
                    errors++;
                    if (firstError == null) {
                        firstError = answer.status() + " " + answer.head().replaceAll("\\s+", " ");
                    }
                }
            }
            Row row = new Row(s.group(), s.name(), s.api(), h.getTotalCount(), errors, ms(h.getValueAtPercentile(50)),
                    ms(h.getValueAtPercentile(95)), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()), bytes, firstError);
            rows.add(row);
            System.out.printf(Locale.ROOT, "%-28s %-44s n=%4d p50 %7.1f  p95 %7.1f  p99 %7.1f ms%s%n", s.group(), s.name(),
                    row.count(), row.p50(), row.p95(), row.p99(), errors == 0 ? "" : "  ERRORS " + errors + ": " + firstError);
        }
        return rows;
    }

    /**
     * 200, or for the portal's search box the 302 to the payment's page it answers when exactly one payment matches
     * (FindController): both are the request done.
     */
    private static boolean answered(Scenarios.Scenario s, Clients.Answer answer) {
        return answer.status() == 200 || (answer.status() == 302 && s.path().startsWith("/admin/find?"));
    }

    private static Clients.Answer call(Clients clients, Scenarios.Scenario s) throws IOException, InterruptedException {
        return s.api() ? clients.api(s.path()) : clients.portal(s.path());
    }

    /** The unfiltered export three times (the first also warms up); the best of the last two. */
    private static Export export(Clients clients, String path) throws IOException, InterruptedException {
        Export best = null;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            Clients.Answer answer = clients.portal(path);
            double s = (System.nanoTime() - t0) / 1e9;
            long rows = Math.max(0, answer.lines() - 2); // header and the "truncated" line
            Export e = new Export(rows, s, rows / s, answer.status());
            System.out.printf(Locale.ROOT, "CSV export: HTTP %d, %,d rows, %,d bytes in %.2f s = %,.0f rows/s%n",
                    answer.status(), rows, answer.bytes(), s, e.rowsPerSecond());
            if (i > 0 && (best == null || e.rowsPerSecond() > best.rowsPerSecond())) {
                best = e;
            }
        }
        return best;
    }

    private static void explainAll(Connection db, KasirUnderTest kasir, Clients clients, Scenarios scenarios, Path out)
            throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("<!-- written by ListsBenchmark's EXPLAIN pass, ").append(Instant.now()).append(" -->\n");
        StringBuilder summary = new StringBuilder("| request | statement | table | type | key | r_rows | Extra |\n"
                + "|---|---|---|---|---|---|---|\n");
        List<Scenarios.Scenario> all = new ArrayList<>(scenarios.all());
        all.add(new Scenarios.Scenario("CSV export (first batch of 500)", "export", false, scenarios.exportPath()));
        for (Scenarios.Scenario s : all) {
            call(clients, s); // once first: a statement that runs only on a cold cache is not what we time
            long before = kasir.logSize();
            Clients.Answer answer = call(clients, s);
            long after = kasir.logSize();
            md.append("\n#### ").append(s.group()).append(": ").append(s.name()).append("\n\n`GET ").append(s.path())
                    .append("` → HTTP ").append(answer.status()).append("\n");
            for (SqlExplainer.Ran ran : SqlExplainer.ran(kasir.log(), before, after)) {
                if (ran.statement().contains("LoginSource") || ran.statement().contains(".O.byUsername")
                        || ran.statement().contains("OperatorAccount") || ran.statement().contains("ApiKeyMapper")) {
                    continue; // the session's own lookups: the same on every page, by primary or unique key
                }
                md.append("\n`").append(ran.statement()).append("`\n\n```sql\n").append(SqlExplainer.shortened(ran.sql()))
                        .append("\n```\n\n").append(SqlExplainer.analyze(db, ran.sql()));
                if (ran.statement().contains("OpsExceptionMapper.search") && !s.path().startsWith("/admin/exceptions")) {
                    continue; // the open-exception marks of every payments page: once, under the exceptions list
                }
                String statement = ran.statement().substring(ran.statement().lastIndexOf('.', ran.statement()
                        .lastIndexOf('.') - 1) + 1);
                for (SqlExplainer.PlanLine line : SqlExplainer.plan(db, ran.sql())) {
                    summary.append("| ").append(ListsChart.shortGroup(s.group())).append(": ")
                            .append(s.name()).append(" | ").append(statement).append(" | ").append(line.table())
                            .append(" | ").append(line.type()).append(" | ").append(line.key() == null ? "" : line.key())
                            .append(" | ").append(line.rRows() == null ? "" : line.rRows()).append(" | ")
                            .append(line.extra() == null ? "" : line.extra()).append(" |\n");
                }
            }
        }
        Files.writeString(out, md.toString());
        Files.writeString(Path.of(out.toString().replace("-explain.md", "-explain-summary.md")), summary.toString());
        System.out.println("EXPLAIN pass written to " + out);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Options are --key=value, not " + arg);
            }
            opt.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return opt;
    }
}
