package id.kasir.bench.ingest;

import id.kasir.bench.support.Args;
import id.kasir.bench.support.KasirProcess;
import id.kasir.bench.support.ResultsFile;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The machine-independent side of benchmark 1: SQL statements (round trips to the database) per notification of
 * each gateway, one at a time, as Connector/J's {@code profileSQL} logs them on Kasir's request threads — statements,
 * commits and the {@code SET autocommit} pairs that transactions cost. The raw ceiling needs 8 (7 statements and
 * one commit). {@code bench/run ingest.RoundTripCount [--n=20] [--tag=name]}; figures in
 * {@code bench/target/results/round-trips<tag>.md}.
 */
public final class RoundTripCount {

    private RoundTripCount() {
    }

    public static void main(String[] arguments) throws Exception {
        Args args = Args.parse(arguments);
        int n = args.integer("n", 20);
        String tag = args.get("tag", "");
        String property = "--spring.datasource.hikari.data-source-properties.";
        List<String> app = new ArrayList<>(List.of("--kasir.sandbox.merchant-base-url=http://127.0.0.1:9",
                "--kasir.sandbox.cashi.webhook-attempts=1", property + "profileSQL=true", property + "logger=Slf4JLogger"));
        ResultsFile results = ResultsFile.create("round-trips" + tag);
        results.line("Kasir: " + KasirProcess.JAR);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (KasirProcess kasir = KasirProcess.start("round-trips" + tag, List.of("-Xmx768m"), app)) {
            Path log = ResultsFile.DIRECTORY.resolve("round-trips" + tag + "-kasir.log");
            PaymentSeeder seeder = new PaymentSeeder(kasir, http);
            results.line("| gateway | statements per notification | of which |");
            results.line("|---|---|---|");
            for (SignedNotification gateway : List.of(new CashInNotify(), new CashiWebhook(), new PayInCallback())) {
                List<SeededPayment> payments = seeder.seed(gateway.gateway(), n + 5);
                for (int i = 0; i < 5; i++) { // warm-up: first statements of a kind, caches
                    http.send(gateway.paid(kasir.baseUrl(), payments.get(i)), HttpResponse.BodyHandlers.discarding());
                }
                Thread.sleep(500);
                long before = lines(log).size();
                for (int i = 5; i < n + 5; i++) {
                    int status = http.send(gateway.paid(kasir.baseUrl(), payments.get(i)), HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    if (!gateway.acknowledged(status)) {
                        throw new IllegalStateException(gateway.gateway() + " answered " + status);
                    }
                }
                Thread.sleep(500); // the log is written asynchronously to the answer
                List<String> logged = lines(log);
                Map<String, Integer> kinds = new TreeMap<>();
                int total = 0;
                for (String line : logged.subList((int) before, logged.size())) {
                    // Request threads only (Tomcat's "…-exec-N"): the schedulers' statements are not the notification's.
                    if (!line.contains("-exec-") || !line.contains("[QUERY]")) {
                        continue;
                    }
                    String query = line.substring(line.indexOf("[QUERY]") + 7).trim();
                    String kind = query.split("\\s+")[0].toUpperCase(java.util.Locale.ROOT);
                    if (kind.equals("SET")) {
                        kind = query.startsWith("SET autocommit=0") ? "SET autocommit=0" : query.startsWith("SET autocommit=1")
                                ? "SET autocommit=1" : "SET";
                    }
                    kinds.merge(kind, 1, Integer::sum);
                    total++;
                }
                StringBuilder parts = new StringBuilder();
                kinds.forEach((kind, count) -> parts.append(parts.length() == 0 ? "" : ", ")
                        .append(String.format(java.util.Locale.ROOT, "%s %.1f", kind, count / (double) n)));
                results.line(String.format(java.util.Locale.ROOT, "| %s | %.1f | %s |", gateway.gateway(), total / (double) n,
                        parts));
            }
        }
    }

    private static List<String> lines(Path log) throws java.io.IOException {
        return Files.readAllLines(log);
    }
}
