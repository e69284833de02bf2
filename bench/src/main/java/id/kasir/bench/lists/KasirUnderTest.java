package id.kasir.bench.lists;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Kasir jar ({@code app/target/kasir.jar}) as its own process on a MariaDB database, for a benchmark: the
 * schedulers that would change the seeded data (expiry, reconciliation, its janitor, payout follow-up) are off;
 * the first admin's password and one API key are set from the environment, as an operator would
 * (README: KASIR_ADMIN_PASSWORD, KASIR_API_KEY). Its output goes to a log file the harness can read (SQL
 * statements, when started with {@code sqlLog}).
 */
final class KasirUnderTest implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Lists-bench-pw-2026!";
    static final String API_KEY = "kasir-bench-lists-key-0123456789";

    private final Process process;
    private final Path log;
    private final String baseUrl;

    private KasirUnderTest(Process process, Path log, String baseUrl) {
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts Kasir and waits (at most 3 minutes) until {@code /actuator/health} answers 200.
     *
     * @param sqlLog true: MyBatis prints every statement and its parameters (DEBUG), for the EXPLAIN pass only
     */
    static KasirUnderTest start(Path jar, String jdbcUrl, int port, Path log, boolean sqlLog, String... extra)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx1g", "-XX:+UseParallelGC", "-jar", jar.toString(),
                "--kasir.expiry.enabled=false", "--kasir.reconciliation.enabled=false",
                "--kasir.reconciliation.janitor.enabled=false", "--kasir.payouts.follow-up.enabled=false",
                "--spring.datasource.hikari.maximum-pool-size=10", "--logging.level.root=WARN",
                "--logging.level.id.kasir.bench=INFO"));
        if (sqlLog) {
            command.add("--logging.level.id.kasir.adapters.persistence=DEBUG");
        }
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("KASIR_DB_URL", jdbcUrl);
        env.put("KASIR_DB_USERNAME", System.getenv().getOrDefault("KASIR_TEST_DB_USERNAME", "root"));
        env.put("KASIR_DB_PASSWORD", System.getenv().getOrDefault("KASIR_TEST_DB_PASSWORD", ""));
        env.put("KASIR_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("KASIR_API_KEY", API_KEY);
        env.put("PORT", Integer.toString(port));
        Process process = builder.start();
        KasirUnderTest kasir = new KasirUnderTest(process, log, "http://127.0.0.1:" + port);
        kasir.awaitHealthy();
        return kasir;
    }

    private void awaitHealthy() throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kasir exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(500, TimeUnit.MILLISECONDS); // polls the port; the process may also end meanwhile
        }
        close();
        throw new IllegalStateException("Kasir did not become healthy in 3 minutes; see " + log);
    }

    String baseUrl() {
        return baseUrl;
    }

    Path log() {
        return log;
    }

    long logSize() throws IOException {
        return Files.size(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
