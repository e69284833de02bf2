package id.kasir.bench.create;

import id.kasir.bench.support.Args;
import id.kasir.bench.support.BarChart;
import id.kasir.bench.support.FixedConcurrency;
import id.kasir.bench.support.KasirProcess;
import id.kasir.bench.support.Machine;
import id.kasir.bench.support.Measurement;
import id.kasir.bench.support.ResultsFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Issue 17, benchmark 2: create-payment overhead. {@code POST /api/v1/payments} (QRIS) at each gateway's sandbox with
 * no added latency, to a Kasir process on MariaDB. Kasir's own overhead is measured per request: the latency the
 * client saw minus the gateway call Kasir itself timed and wrote on the payment's timeline (the GATEWAY_CALL event's
 * {@code "… in N ms"}: the HTTP round trip to the sandbox, i.e. the sandbox's own work such as drawing Cashi's QR
 * PNG). Both come from the same request, so their difference is Kasir's time (API key check, validation,
 * idempotency, signing, the database writes, reading Cashi's QR image back, the answer), to within the 1 ms the
 * timeline rounds down to. As a check on that figure the sandbox's Cashi create-order is also timed directly by this
 * harness, interleaved with Kasir's requests.
 *
 * <p>Phase 1: one request in flight (latency without queueing: the target, p99 overhead &lt; 15 ms). Phase 2:
 * {@code --concurrency} in flight (requests/s; the overhead then includes waiting for a core).
 *
 * <p>{@code bench/run create.CreatePaymentOverheadBench [--n=200] [--warmup=50] [--concurrency=8]
 * [--gateways=cashin,cashi,payin] [--jfr=true] [--kasir-args=...] [--tag=name]}; figures in
 * {@code bench/target/results/create<tag>.md}, chart {@code docs/bench/create<tag>-overhead.png}.
 */
public final class CreatePaymentOverheadBench {

    private static final Pattern TOOK = Pattern.compile(" in (\\d+) ms");

    private CreatePaymentOverheadBench() {
    }

    /** One gateway at one concurrency: the client's latency, the gateway call's, and their difference per request. */
    private record Split(String gateway, int concurrency, Measurement client, Histogram gatewayCall, Histogram overhead) {
    }

    public static void main(String[] arguments) throws Exception {
        Args args = Args.parse(arguments);
        int n = args.integer("n", 200);
        int warmup = args.integer("warmup", 50);
        int concurrency = args.integer("concurrency", 8);
        List<String> gateways = args.list("gateways", "cashin,cashi,payin");
        String tag = args.get("tag", "");
        List<String> jvm = new ArrayList<>(List.of("-Xms512m", "-Xmx768m"));
        if (args.flag("jfr")) {
            jvm.add("-XX:FlightRecorderOptions:stackdepth=256");
            jvm.add("-XX:StartFlightRecording=filename=bench/target/results/create" + tag + ".jfr,settings=profile");
        }
        List<String> app = new ArrayList<>(List.of("--kasir.sandbox.merchant-base-url=http://127.0.0.1:9"));
        app.addAll(args.list("kasir-args", ""));

        ResultsFile results = ResultsFile.create("create" + tag);
        results.line("command: bench/run create.CreatePaymentOverheadBench " + String.join(" ", arguments));
        results.line("Kasir: " + KasirProcess.JAR + "; JVM: " + String.join(" ", jvm) + "; args: " + String.join(" ", app));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong orders = new AtomicLong();
        try (KasirProcess kasir = KasirProcess.start("create" + tag, jvm, app)) {
            results.line("MariaDB " + kasir.database().serverVersion() + ", database " + kasir.database().name());
            System.out.println("warm-up: " + Machine.describe());
            for (String gateway : gateways) {
                System.out.println("  " + create(http, kasir, gateway, 4, warmup, orders, new ConcurrentHashMap<>()));
            }
            System.out.println("  " + cashiDirect(http, kasir, warmup, orders));

            List<Split> splits = new ArrayList<>();
            List<Measurement> direct = new ArrayList<>();
            List<String> loads = new ArrayList<>();
            for (int level : List.of(1, concurrency)) {
                String before = Machine.loadAverage();
                for (String gateway : gateways) {
                    Map<String, Long> clientMicros = new ConcurrentHashMap<>();
                    Measurement client = create(http, kasir, gateway, level, n, orders, clientMicros);
                    splits.add(split(kasir, gateway, level, client, clientMicros));
                    if ("cashi".equals(gateway)) {
                        direct.add(cashiDirect(http, kasir, n, orders));
                    }
                }
                loads.add(level + " in flight: load average " + before + " before, " + Machine.loadAverage() + " after");
            }
            report(results, splits, direct, loads, tag);
        }
    }

    private static Measurement create(HttpClient http, KasirProcess kasir, String gateway, int concurrency, int count,
                                      AtomicLong orders, Map<String, Long> clientMicros) {
        String prefix = "CREATE-" + gateway.toUpperCase(Locale.ROOT) + "-" + Long.toString(System.nanoTime(), 36) + "-";
        return FixedConcurrency.run("Kasir create " + gateway, concurrency, count, i -> {
            long number = orders.incrementAndGet();
            String orderId = prefix + i;
            // Distinct amounts: Cashi makes an amount unique by adding 1–99 rupiah, so only 99 open orders share one.
            HttpRequest request = CreatePayment.request(kasir.baseUrl(), orderId, gateway, "QRIS", 15_000 + 100 * number);
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - start) / 1_000;
            if (answer.statusCode() != 201) {
                System.err.println("create at " + gateway + ": " + answer.statusCode() + " " + answer.body());
                return false;
            }
            clientMicros.put(orderId, micros);
            return true;
        });
    }

    /** Cashi's sandbox create-order called directly (as Kasir's adapter calls it: JSON {amount, order_id}, x-api-key). */
    private static Measurement cashiDirect(HttpClient http, KasirProcess kasir, int count, AtomicLong orders) {
        String prefix = "DIRECT-" + Long.toString(System.nanoTime(), 36) + "-";
        return FixedConcurrency.run("sandbox Cashi create-order, direct", 1, count, i -> {
            long amount = 15_000 + 100 * orders.incrementAndGet();
            HttpRequest request = HttpRequest.newBuilder(URI.create(kasir.baseUrl() + "/sandbox/cashi/api/create-order"))
                    .header("Content-Type", "application/json").header("x-api-key", "sandbox-cashi-key")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":" + amount + ",\"order_id\":\"" + prefix + i + "\"}",
                            StandardCharsets.UTF_8)).build();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() / 100 == 2;
        });
    }

    /** Pairs each request's client latency with the gateway call Kasir timed for that payment. */
    private static Split split(KasirProcess kasir, String gateway, int concurrency, Measurement client,
                              Map<String, Long> clientMicros) throws Exception {
        Histogram gatewayCall = new Histogram(3_600_000_000L, 3);
        Histogram overhead = new Histogram(3_600_000_000L, 3);
        try (Connection db = kasir.connect(); PreparedStatement calls = db.prepareStatement(
                "SELECT p.order_id, e.detail FROM payment_events e JOIN payments p ON p.id = e.payment_id"
                        + " WHERE e.type = 'GATEWAY_CALL' AND p.order_id = ?")) {
            for (Map.Entry<String, Long> request : clientMicros.entrySet()) {
                calls.setString(1, request.getKey());
                long gatewayMicros = 0;
                try (ResultSet rows = calls.executeQuery()) {
                    while (rows.next()) {
                        Matcher took = TOOK.matcher(rows.getString(2));
                        if (took.find()) {
                            gatewayMicros += Long.parseLong(took.group(1)) * 1_000;
                        }
                    }
                }
                gatewayCall.recordValue(Math.max(1, gatewayMicros));
                overhead.recordValue(Math.max(1, request.getValue() - gatewayMicros));
            }
        }
        return new Split(gateway, concurrency, client, gatewayCall, overhead);
    }

    private static void report(ResultsFile results, List<Split> splits, List<Measurement> direct, List<String> loads,
                               String tag) {
        results.line("");
        results.line("| gateway | in flight | requests | errors | requests/s | client p50 / p99 ms | gateway call (Kasir's"
                + " timeline) p50 / p99 ms | **Kasir overhead p50 / p99 ms** | target p99 < 15 ms |");
        results.line("|---|---|---|---|---|---|---|---|---|");
        for (Split s : splits) {
            results.line(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f / %.1f | %.1f / %.1f | **%.1f / %.1f** | %s |",
                    s.gateway(), s.concurrency(), s.client().operations(), s.client().errors(), s.client().perSecond(),
                    s.client().p50Ms(), s.client().p99Ms(), ms(s.gatewayCall(), 50), ms(s.gatewayCall(), 99),
                    ms(s.overhead(), 50), ms(s.overhead(), 99), ms(s.overhead(), 99) < 15 ? "met" : "not met"));
        }
        results.line("");
        results.line("The sandbox's Cashi create-order timed directly by the harness (1 in flight, interleaved with Kasir's):");
        results.line(Measurement.tableHeader());
        direct.forEach(d -> results.line(d.tableRow()));
        results.line("");
        loads.forEach(results::line);

        List<Split> single = splits.stream().filter(s -> s.concurrency() == 1).toList();
        List<String> categories = single.stream().map(Split::gateway).toList();
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put("client p50", single.stream().map(s -> s.client().p50Ms()).toList());
        series.put("client p99", single.stream().map(s -> s.client().p99Ms()).toList());
        series.put("gateway call p99", single.stream().map(s -> ms(s.gatewayCall(), 99)).toList());
        series.put("Kasir overhead p50", single.stream().map(s -> ms(s.overhead(), 50)).toList());
        series.put("Kasir overhead p99", single.stream().map(s -> ms(s.overhead(), 99)).toList());
        results.line("chart: " + BarChart.draw(Path.of("docs", "bench", "create" + tag + "-overhead.png"),
                "Create payment, 1 in flight: Kasir's overhead vs the sandbox's time (" + Machine.cores() + " cores, load "
                        + Machine.loadAverage().split(" ")[0] + ")", "gateway (QRIS)", "ms", categories, series));
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
