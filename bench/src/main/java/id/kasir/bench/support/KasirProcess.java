package id.kasir.bench.support;

import id.kasir.testsupport.MySqlTestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Kasir as a production-like process: {@code java -jar app/target/kasir.jar} (built by {@code bench/run}) on its own
 * port, on a fresh MariaDB database (this JVM's {@link MySqlTestDatabase}, emptied first, dropped when the harness
 * exits), with the in-process gateway sandbox, a bootstrap API key ({@link #API_KEY}) and admin password
 * ({@link #ADMIN_PASSWORD}). {@link #start} returns once {@code /actuator/health} answers 200 (Flyway done);
 * {@link #close} stops it (SIGTERM, then kill after 30 s). Its output goes to
 * {@code bench/target/results/<name>-kasir.log}.
 *
 * <p>One at a time per harness JVM: every start empties the same database. MariaDB: {@code KASIR_TEST_DB_URL}
 * (default {@value MySqlTestDatabase#DEFAULT_URL}), {@code KASIR_TEST_DB_USERNAME}/{@code _PASSWORD}, as the tests.
 */
public final class KasirProcess implements AutoCloseable {

    /** The merchant API key Kasir accepts from its start ({@code Authorization: Bearer …}, see web-api's README). */
    public static final String API_KEY = "bench-api-key-0123456789abcdef";
    /** The first admin's password (user {@code admin}). */
    public static final String ADMIN_PASSWORD = "Tolak-Ukur-Kasir-2026!";
    /**
     * The jar {@code bench/run} builds; {@code -Dbench.jar=<path>} runs another (e.g. a copy of an earlier build, to
     * measure before and after a change on the same machine).
     */
    public static final Path JAR = Path.of(System.getProperty("bench.jar", "app/target/kasir.jar"));

    private static final Duration STARTUP = Duration.ofMinutes(4);

    private final Process process;
    private final int port;
    private final MySqlTestDatabase database;
    private final Path log;

    private KasirProcess(Process process, int port, MySqlTestDatabase database, Path log) {
        this.process = process;
        this.port = port;
        this.database = database;
        this.log = log;
    }

    /**
     * Starts Kasir and waits until it is healthy.
     *
     * @param name    names the log file
     * @param jvmArgs e.g. {@code -Xmx512m}, {@code -XX:StartFlightRecording=...}
     * @param appArgs Spring properties, e.g. {@code --spring.datasource.hikari.maximum-pool-size=40}
     * @throws IllegalStateException when it exits or is not healthy within 4 minutes (the log's tail is printed)
     */
    public static KasirProcess start(String name, List<String> jvmArgs, List<String> appArgs) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the harness with bench/run, from the repository root");
        }
        MySqlTestDatabase database = MySqlTestDatabase.get().emptied();
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(appArgs);
        try {
            Files.createDirectories(ResultsFile.DIRECTORY);
            Path log = ResultsFile.DIRECTORY.resolve(name + "-kasir.log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("PORT", Integer.toString(port));
            env.put("KASIR_DB_URL", database.url());
            env.put("KASIR_DB_USERNAME", database.username());
            env.put("KASIR_DB_PASSWORD", database.password());
            env.put("KASIR_API_KEY", API_KEY);
            env.put("KASIR_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("KASIR_SANDBOX_ENABLED", "true");
            System.out.println("starting Kasir on port " + port + " (" + database.name() + "), log " + log);
            KasirProcess kasir = new KasirProcess(builder.start(), port, database, log);
            kasir.awaitHealthy();
            return kasir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://localhost:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** The database Kasir runs on (to seed it or to read what it wrote). */
    public MySqlTestDatabase database() {
        return database;
    }

    /** A new JDBC connection to Kasir's database (the caller closes it). */
    public Connection connect() throws SQLException {
        return database.connect();
    }

    /** The process id, e.g. for {@code jcmd <pid> JFR.start}. */
    public long pid() {
        return process.pid();
    }

    /** Stops Kasir: SIGTERM (Spring's graceful shutdown), then a kill if it is still there after 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kasir exited with " + process.exitValue() + " while starting:\n" + tail());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                process.waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("Kasir was not healthy within " + STARTUP + ":\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
