package id.kasir.bench.reconciliation;

import id.kasir.bench.support.BarChart;
import id.kasir.bench.support.Machine;
import id.kasir.bench.support.ResultsFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark 4 of issue 17, reconciliation throughput, as defined by issue 13 (docs/benchmarks.md,
 * "Reconciliation throughput"): runs the app module's {@code ReconciliationBenchmark} — which seeds {@code n} OPEN
 * PayIn orders, puts the sandbox's LATENCY fault of {@code latency-ms} on PayIn's status query and runs the real
 * Spring Batch job in an embedded Kasir with {@code concurrency} calls in flight — through the same Maven command
 * the document gives, then keeps its one result line in {@code bench/target/results/reconciliation.md} and draws
 * items/s beside the ideal C / L and the single-threaded rate into {@code docs/bench/reconciliation.png}.
 *
 * <p>{@code bench/run reconciliation.ReconciliationThroughput [--n=3000] [--latency-ms=100] [--concurrency=64]
 * [--single-sample=50]}. The embedded Kasir (not the jar as a process) is kept because the benchmark seeds and
 * sets the fault through the application's own beans, in the same JVM that times the job.
 */
public final class ReconciliationThroughput {

    private static final Pattern RESULT = Pattern.compile("RECONCILIATION BENCHMARK N=(\\d+) L=(\\d+)ms C=(\\d+): exit (\\d+), "
            + "(\\d+) lines in ([\\d.]+) s = (\\d+) items/s; ideal C/L = (\\d+) items/s \\((\\d+) %\\); single-threaded "
            + "\\((\\d+) items\\) ([\\d.]+) items/s");

    private ReconciliationThroughput() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> opt = new LinkedHashMap<>();
        for (String arg : args) {
            opt.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        String n = opt.getOrDefault("n", "3000");
        String latency = opt.getOrDefault("latency-ms", "100");
        String concurrency = opt.getOrDefault("concurrency", "64");
        String sample = opt.getOrDefault("single-sample", "50");
        String loadBefore = Machine.loadAverage();
        List<String> command = List.of("./mvnw", "-B", "-o", "-pl", "app", "-am", "verify", "-Dtest=none",
                "-Dsurefire.failIfNoSpecifiedTests=false", "-Dit.test=ReconciliationBenchmark",
                "-Dfailsafe.failIfNoSpecifiedTests=false", "-Dbench.n=" + n, "-Dbench.latency-ms=" + latency,
                "-Dbench.concurrency=" + concurrency, "-Dbench.single-sample=" + sample);
        System.out.println(String.join(" ", command));
        Process maven = new ProcessBuilder(command).redirectErrorStream(true).start();
        Matcher found = null;
        List<String> tail = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(maven.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                Matcher m = RESULT.matcher(line);
                if (m.find()) {
                    found = m;
                    System.out.println(line);
                }
                tail.add(line);
                if (tail.size() > 40) {
                    tail.remove(0);
                }
            }
        }
        int exit = maven.waitFor();
        Path output = Path.of("app/target/failsafe-reports/id.kasir.app.reconciliation.ReconciliationBenchmark-output.txt");
        if (found == null && Files.exists(output)) { // failsafe keeps a test's output in its reports (redirectTestOutputToFile)
            for (String line : Files.readAllLines(output)) {
                Matcher m = RESULT.matcher(line);
                if (m.find()) {
                    found = m;
                    System.out.println(line);
                }
            }
        }
        if (found == null) {
            tail.forEach(System.out::println);
            throw new IllegalStateException("No RECONCILIATION BENCHMARK line; Maven exited with " + exit);
        }
        double rate = Double.parseDouble(found.group(7));
        double ideal = Double.parseDouble(found.group(8));
        double single = Double.parseDouble(found.group(11));
        ResultsFile.create("reconciliation")
                .line("Reconciliation throughput, " + Machine.describe() + " (load average at the start " + loadBefore + ")")
                .line("")
                .line("`" + String.join(" ", command) + "`")
                .line("")
                .line("| N | L | C | job | items/s | ideal C / L | share of ideal | single-threaded (same run) |")
                .line("|---|---|---|---|---|---|---|---|")
                .line(String.format(Locale.ROOT, "| %,d | %s ms | %s | %s s, exit %s, %,d lines | **%.0f** | %.0f | %s %% | %s items/s (%s items) |",
                        Long.parseLong(found.group(1)), found.group(2), found.group(3), found.group(6), found.group(4),
                        Long.parseLong(found.group(5)), rate, ideal, found.group(9), found.group(11), found.group(10)));
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put("items/s", List.of(rate, ideal, single));
        BarChart.draw(Path.of("docs/bench/reconciliation.png"), String.format(Locale.ROOT,
                        "Reconciliation, N=%s, L=%s ms, C=%s (load %s)", n, latency, concurrency, loadBefore),
                "", "items/s", List.of("job (C in flight)", "ideal C / L", "single-threaded step"), series);
    }
}
