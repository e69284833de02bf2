package id.kasir.bench.ingest;

import id.kasir.bench.support.Args;
import id.kasir.bench.support.BarChart;
import id.kasir.bench.support.FixedConcurrency;
import id.kasir.bench.support.KasirProcess;
import id.kasir.bench.support.Machine;
import id.kasir.bench.support.Measurement;
import id.kasir.bench.support.ResultsFile;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 17, benchmark 1: notification ingestion. Signed "paid" notifications of each gateway (Cash In's SNAP notify,
 * Cashi's webhook, PayIn's callback), one per seeded payment, at a fixed number in flight (8, 32, 64), to a Kasir
 * process on MariaDB, next to the raw ceiling of the same database measured in the same run ({@link RawCeiling}: the
 * same writes by plain JDBC, one commit per notification, same concurrency). For each concurrency the ceiling and
 * the three gateways run one after the other, so machine load drifts alike over all four.
 *
 * <p>{@code bench/run ingest.NotificationIngestBench [--n=300] [--warmup=100] [--concurrency=8,32,64]
 * [--gateways=cashin,cashi,payin] [--jfr=true] [--kasir-args=--a=b,--c=d] [--tag=name]}; figures in
 * {@code bench/target/results/ingest<tag>.md}, charts in {@code docs/bench/ingest<tag>-*.png}. Targets: Kasir's
 * notifications/s ≥ 50 % of the ceiling's, and Kasir's p99 ≤ 2 × the ceiling's p99, at each concurrency.
 */
public final class NotificationIngestBench {

    private NotificationIngestBench() {
    }

    public static void main(String[] arguments) throws Exception {
        Args args = Args.parse(arguments);
        int n = args.integer("n", 300);
        int warmup = args.integer("warmup", 100);
        List<Integer> levels = args.list("concurrency", "8,32,64").stream().map(Integer::valueOf).toList();
        List<SignedNotification> gateways = new ArrayList<>();
        for (String id : args.list("gateways", "cashin,cashi,payin")) {
            gateways.add(switch (id) {
                case "cashin" -> new CashInNotify();
                case "cashi" -> new CashiWebhook();
                case "payin" -> new PayInCallback();
                default -> throw new IllegalArgumentException("unknown gateway " + id);
            });
        }
        String tag = args.get("tag", "");
        List<String> jvm = new ArrayList<>(List.of("-Xms512m", "-Xmx768m"));
        if (args.flag("jfr")) {
            jvm.add("-XX:FlightRecorderOptions:stackdepth=256");
            jvm.add("-XX:StartFlightRecording=filename=bench/target/results/ingest" + tag + ".jfr,settings=profile");
        }
        List<String> app = new ArrayList<>(List.of(
                // The sandbox's own notifications (Cashi's, once its orders are paid below) go nowhere, so every
                // notification measured is the first for its payment.
                "--kasir.sandbox.merchant-base-url=http://127.0.0.1:9",
                "--kasir.sandbox.cashi.webhook-attempts=1"));
        app.addAll(args.list("kasir-args", ""));

        ResultsFile results = ResultsFile.create("ingest" + tag);
        results.line("command: bench/run ingest.NotificationIngestBench " + String.join(" ", arguments));
        results.line("Kasir: " + KasirProcess.JAR + "; JVM: " + String.join(" ", jvm) + "; args: " + String.join(" ", app));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        int perGateway = warmup + levels.size() * n;
        int maxLevel = levels.stream().max(Integer::compare).orElseThrow();
        try (KasirProcess kasir = KasirProcess.start("ingest" + tag, jvm, app)) {
            results.line("MariaDB " + kasir.database().serverVersion() + ", database " + kasir.database().name());
            PaymentSeeder seeder = new PaymentSeeder(kasir, http);
            Map<String, List<SeededPayment>> seeded = new LinkedHashMap<>();
            for (SignedNotification gateway : gateways) {
                List<SeededPayment> payments = seeder.seed(gateway.gateway(), perGateway);
                if (payments.size() != perGateway) {
                    throw new IllegalStateException("expected " + perGateway + " OPEN payments at " + gateway.gateway()
                            + ", found " + payments.size());
                }
                seeded.put(gateway.gateway(), payments);
            }
            try (RawCeiling ceiling = new RawCeiling(kasir, maxLevel)) {
                ceiling.seed(perGateway);
                // Warm-up: JIT, connection pools, caches on both sides; not recorded.
                System.out.println("warm-up (" + warmup + " each, 8 in flight): " + Machine.describe());
                System.out.println("  " + ceiling.run("ceiling warm-up", 8, 0, warmup));
                for (SignedNotification gateway : gateways) {
                    System.out.println("  " + send(http, kasir, gateway, seeded.get(gateway.gateway()), "warm-up", 8, 0, warmup));
                }

                Map<Integer, Measurement> ceilings = new LinkedHashMap<>();
                Map<String, Map<Integer, Measurement>> kasirs = new LinkedHashMap<>();
                List<String> loads = new ArrayList<>();
                int from = warmup;
                for (int level : levels) {
                    String before = Machine.loadAverage();
                    ceilings.put(level, ceiling.run("ceiling (JDBC, 1 commit)", level, from, n));
                    for (SignedNotification gateway : gateways) {
                        kasirs.computeIfAbsent(gateway.gateway(), g -> new LinkedHashMap<>()).put(level,
                                send(http, kasir, gateway, seeded.get(gateway.gateway()), "Kasir", level, from, n));
                    }
                    loads.add(level + " in flight: load average " + before + " before, " + Machine.loadAverage() + " after");
                    from += n;
                }
                report(results, levels, ceilings, kasirs, loads, tag);
                verify(results, kasir);
            }
        }
    }

    private static Measurement send(HttpClient http, KasirProcess kasir, SignedNotification gateway,
                                    List<SeededPayment> payments, String what, int concurrency, int from, int count) {
        return FixedConcurrency.run(gateway.gateway() + " " + what, concurrency, count, i -> {
            HttpResponse<String> answer = http.send(gateway.paid(kasir.baseUrl(), payments.get(from + i)),
                    HttpResponse.BodyHandlers.ofString());
            boolean ok = gateway.acknowledged(answer.statusCode());
            if (!ok) {
                System.err.println(gateway.gateway() + ": " + answer.statusCode() + " " + answer.body());
            }
            return ok;
        });
    }

    private static void report(ResultsFile results, List<Integer> levels, Map<Integer, Measurement> ceilings,
                               Map<String, Map<Integer, Measurement>> kasirs, List<String> loads, String tag) {
        results.line("");
        results.line(Measurement.tableHeader());
        for (int level : levels) {
            results.line(ceilings.get(level).tableRow());
            kasirs.forEach((gateway, byLevel) -> results.line(byLevel.get(level).tableRow()));
        }
        results.line("");
        results.line("Ratios measured in the same run (they travel between machines); targets: throughput ≥ 50 %, p99 ≤ 2.0 ×");
        results.line("| gateway | in flight | Kasir/s ÷ ceiling/s | Kasir p99 ÷ ceiling p99 | targets met |");
        results.line("|---|---|---|---|---|");
        for (int level : levels) {
            Measurement ceiling = ceilings.get(level);
            kasirs.forEach((gateway, byLevel) -> {
                Measurement kasir = byLevel.get(level);
                double throughput = kasir.perSecond() / ceiling.perSecond();
                double p99 = kasir.p99Ms() / ceiling.p99Ms();
                boolean met = throughput >= 0.5 && p99 <= 2.0 && kasir.errors() == 0;
                results.line(String.format(Locale.ROOT, "| %s | %d | %.0f %% | %.2f × | %s |", gateway, level,
                        100 * throughput, p99, met ? "yes" : "no"));
            });
        }
        results.line("");
        loads.forEach(results::line);

        List<String> categories = levels.stream().map(level -> level + " in flight").toList();
        Map<String, List<? extends Number>> throughput = new LinkedHashMap<>();
        Map<String, List<? extends Number>> p99 = new LinkedHashMap<>();
        throughput.put("ceiling (JDBC)", levels.stream().map(l -> ceilings.get(l).perSecond()).toList());
        p99.put("ceiling (JDBC)", levels.stream().map(l -> ceilings.get(l).p99Ms()).toList());
        kasirs.forEach((gateway, byLevel) -> {
            throughput.put("Kasir " + gateway, levels.stream().map(l -> byLevel.get(l).perSecond()).toList());
            p99.put("Kasir " + gateway, levels.stream().map(l -> byLevel.get(l).p99Ms()).toList());
        });
        String machine = Machine.cores() + " cores, load " + Machine.loadAverage().split(" ")[0];
        results.line("chart: " + BarChart.draw(Path.of("docs", "bench", "ingest" + tag + "-throughput.png"),
                "Notification ingestion vs raw JDBC ceiling (MariaDB, " + machine + ")", "notifications in flight",
                "notifications/s", categories, throughput));
        results.line("chart: " + BarChart.draw(Path.of("docs", "bench", "ingest" + tag + "-p99.png"),
                "Notification ingestion p99 vs raw JDBC ceiling (MariaDB, " + machine + ")", "notifications in flight",
                "p99 latency (ms)", categories, p99));
    }

    /** What the run left in the database: every notification applied, every payment paid, rows per notification. */
    private static void verify(ResultsFile results, KasirProcess kasir) throws Exception {
        results.line("");
        results.line("What Kasir stored (inbox outcomes, payments, rows written per notification):");
        try (Connection db = kasir.connect(); Statement sql = db.createStatement()) {
            for (String query : List.of(
                    "SELECT gateway, outcome, COUNT(*) FROM gateway_notifications GROUP BY gateway, outcome ORDER BY 1, 2",
                    "SELECT gateway, status, COUNT(*) FROM payments GROUP BY gateway, status ORDER BY 1, 2",
                    "SELECT 'payment_events', type, COUNT(*) FROM payment_events GROUP BY type ORDER BY 2",
                    "SELECT 'merchant_notifications', type, COUNT(*) FROM merchant_notifications GROUP BY type ORDER BY 2",
                    "SELECT 'notification_message_ids', gateway, COUNT(*) FROM notification_message_ids GROUP BY gateway")) {
                try (ResultSet rows = sql.executeQuery(query)) {
                    while (rows.next()) {
                        results.line("  " + rows.getString(1) + " " + rows.getString(2) + ": " + rows.getLong(3));
                    }
                }
            }
        }
    }
}
