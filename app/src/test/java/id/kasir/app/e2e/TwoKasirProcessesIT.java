package id.kasir.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.kasir.testsupport.MySqlTestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Kasir JVMs — real processes, {@code java -jar target/kasir.jar} as built by this module's package
 * phase — on one MariaDB database (this JVM's own, emptied), each on a free port, started in parallel.
 * In front of each node the test puts a one-line "load balancer" (a forwarding HTTP server), and each
 * node's sandbox sends its gateway notifications through the OTHER node's balancer: a payment created
 * through node 1's API is paid at node 1's sandbox and its notification lands on node 2, and the other
 * way round. Both nodes deliver the merchant outbox to a small receiver in the test (each to its own
 * path, so the receiver knows which node sent what) every 200 ms; claims are taken with
 * {@code FOR UPDATE SKIP LOCKED}, so each event arrives once, and a row someone holds locked is passed
 * over, not waited for. Their schedules (expiry, janitor, payouts,
 * Idempotency-Key pruning every second; the nightly reconciliation every two seconds) share ShedLock's
 * table, and the nightly run happens once for the business date however often either node's cron fires.
 * A portal session made on node 1 is used on node 2 (Spring Session JDBC). Last, a node is killed while
 * it sends an event, and the other sends it again, same event id, once the dead node's claim runs out.
 *
 * <p>Both processes are killed in {@link #stopBoth()} whatever happened; their output is in
 * {@code target/two-kasir-processes/node-N.log}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoKasirProcessesIT {

    private static final String KEY = "kasir_two_nodes_bootstrap-key-0123456789";
    private static final String PASSWORD = "quiet lantern orbit 2026";
    private static final String SECRET = "two-nodes-merchant-secret";
    /** The account menu: the username, and the roles in its title. */
    private static final String SIGNED_IN_AS_ADMIN = "id=\"me\"[^>]*title=\"ADMIN\"[^>]*>admin<";
    private static final Set<String> SCHEDULER_LOCKS = Set.of("expire-overdue-payments", "recheck-payments",
            "prune-idempotency-keys", "follow-up-payouts", "reconciliation-run");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final long STARTED = System.nanoTime();

    private static MySqlTestDatabase database;
    private static final Process[] nodes = new Process[2];
    private static final int[] ports = new int[2];
    private static final Forwarder[] balancers = new Forwarder[2];
    private static MerchantReceiver receiver;

    @BeforeAll
    static void startBoth() throws IOException {
        database = MySqlTestDatabase.get().emptied();
        receiver = new MerchantReceiver();
        for (int n = 0; n < 2; n++) {
            ports[n] = EmbeddedKasir.freePort();
            balancers[n] = new Forwarder(ports[n]);
        }
        Path logs = Path.of("target", "two-kasir-processes");
        Files.createDirectories(logs);
        for (int n = 0; n < 2; n++) {
            nodes[n] = start(n, logs.resolve("node-" + (n + 1) + ".log"));
        }
        for (int n = 0; n < 2; n++) {
            int node = n;
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
                assertThat(nodes[node].isAlive()).as("node %s exited; see target/two-kasir-processes", node + 1)
                        .isTrue();
                return healthy(node);
            });
        }
        System.out.printf("Two Kasir JVMs up after %.1f s%n", seconds());
    }

    /** Kills both JVMs even when a test (or the start) failed: nothing may outlive the build. */
    @AfterAll
    static void stopBoth() throws InterruptedException {
        for (Process node : nodes) {
            if (node != null) {
                node.destroyForcibly();
            }
        }
        for (Process node : nodes) {
            if (node != null) {
                node.waitFor();
            }
        }
        for (Forwarder balancer : balancers) {
            if (balancer != null) {
                balancer.close();
            }
        }
        if (receiver != null) {
            receiver.close();
        }
        System.out.printf("Two Kasir JVMs: the whole test took %.1f s%n", seconds());
    }

    private static Process start(int n, Path log) throws IOException {
        int other = 1 - n;
        Path jar = Path.of("target", "kasir.jar");
        assertThat(jar).as("built by the package phase before integration-test").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--server.port=" + ports[n],
                "--kasir.public-base-url=http://localhost:" + ports[n],
                "--spring.profiles.active=mysql",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.main.banner-mode=off",
                "--server.shutdown=immediate",
                // the in-process sandbox as every gateway, its notifications through the OTHER node's balancer
                "--kasir.sandbox.enabled=true",
                "--kasir.providers.allow-sandbox-credentials=true",
                "--kasir.sandbox.merchant-base-url=" + balancers[other].url(),
                "--kasir.api.bootstrap-key=" + KEY,
                "--kasir.admin.bootstrap-password=" + PASSWORD,
                "--kasir.merchant-notifications.url=" + receiver.url("node-" + (n + 1)),
                "--kasir.merchant-notifications.secret=" + SECRET,
                "--kasir.merchant-notifications.poll-interval=200ms",
                // claim-duration = connect + read + 5 s = 9 s: a killed node's row is re-sent within 9.2 s
                "--kasir.merchant-notifications.connect-timeout=1s",
                "--kasir.merchant-notifications.read-timeout=3s",
                // every schedule often, so that both nodes' schedules overlap within the test
                "--kasir.expiry.interval=PT1S",
                "--kasir.reconciliation.janitor.interval=PT1S",
                "--kasir.payouts.follow-up.interval=PT1S",
                "--kasir.api.idempotency-keys.prune-interval=PT1S",
                "--kasir.reconciliation.cron=*/2 * * * * *",
                "--kasir.reconciliation.min-age=PT0S"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void aPaymentCreatedOnOneNodeIsPaidThroughTheOtherOnceAndItsEventIsDeliveredOnce() throws Exception {
        for (int n = 0; n < 2; n++) {
            int other = 1 - n;
            HttpResponse<String> created = send(HttpRequest.newBuilder(uri(n, "/api/v1/payments"))
                    .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"orderId":"TWO-JVM-%s","amount":25000,"provider":"cashin","method":"QRIS",\
                            "expiresInMinutes":15}""".formatted(UUID.randomUUID()))));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = field(created.body(), "id");
            String reference = queryOne("SELECT reference FROM payments WHERE id = ?", id);

            HttpResponse<String> paid = send(HttpRequest.newBuilder(uri(n, "/sandbox/cashin/_sandbox/orders/"
                    + reference + "/pay")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> "PAID".equals(queryOne(
                    "SELECT status FROM payments WHERE id = ?", id)));
            // kept once node 'other' has answered, which may be a moment after the payment turned PAID
            await().atMost(Duration.ofSeconds(30)).until(() -> balancers[other].forwarded.stream()
                    .anyMatch(f -> f.body().contains(reference)));
            assertThat(balancers[other].forwarded).as("the gateway's notification went to node %s", other + 1)
                    .filteredOn(f -> f.body().contains(reference))
                    .allSatisfy(f -> assertThat(f.status()).isEqualTo(200));
            assertThat(balancers[n].forwarded).filteredOn(f -> f.body().contains(reference)).isEmpty();
            assertThat(queryOne("SELECT COUNT(*) FROM payment_events WHERE payment_id = ? AND to_status = 'PAID'", id))
                    .as("one change to PAID").isEqualTo("1");
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.deliveries.stream()
                    .anyMatch(d -> "payment.paid".equals(d.type()) && d.body().contains(id)));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> "0".equals(queryOne(
                "SELECT COUNT(*) FROM merchant_notifications WHERE status <> ?", "DELIVERED")));
        List<String> outbox = queryAll("SELECT event_id FROM merchant_notifications WHERE attempts = 1");
        assertThat(queryOne("SELECT COUNT(*) FROM merchant_notifications WHERE status = ?", "DELIVERED"))
                .isEqualTo(String.valueOf(outbox.size()));
        Map<String, Long> received = receiver.deliveries.stream()
                .collect(Collectors.groupingBy(MerchantReceiver.Delivery::eventId, Collectors.counting()));
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(outbox);
        assertThat(received).as("each event delivered once").allSatisfy((event, times) -> assertThat(times).isOne());
        assertThat(receiver.deliveries).filteredOn(d -> "payment.paid".equals(d.type())).hasSize(2);
        System.out.printf("Merchant events delivered by node 1: %d, by node 2: %d%n",
                receiver.deliveries.stream().filter(d -> d.node().equals("node-1")).count(),
                receiver.deliveries.stream().filter(d -> d.node().equals("node-2")).count());
    }

    /**
     * The nodes' outbox claims skip rows someone else holds locked instead of waiting on them: while this
     * test holds one due row locked (as a third claimer in the middle of its claim would), both nodes
     * keep delivering the row next to it; once the lock goes, the held row is delivered too, once. Before
     * SKIP LOCKED a claim waited on the lock (up to innodb_lock_wait_timeout, 50 s) and delivered nothing.
     */
    @Test
    void theNodesClaimPastARowSomeoneHoldsLockedAndDeliverItOnceReleased() throws Exception {
        String held = UUID.randomUUID().toString();
        String free = UUID.randomUUID().toString();
        try (Connection c = database.connect()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO merchant_notifications (event_id, type,"
                    + " payload, status, attempts, next_attempt_at, created_at) VALUES (?, 'test.skip-locked', '{}',"
                    + " 'DUE', 0, UTC_TIMESTAMP(6) + INTERVAL 3 SECOND, UTC_TIMESTAMP(6))")) {
                for (String event : List.of(held, free)) {
                    insert.setString(1, event);
                    insert.executeUpdate();
                }
            }
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement(
                    "SELECT id FROM merchant_notifications WHERE event_id = ? FOR UPDATE")) {
                lock.setString(1, held);
                lock.executeQuery().close();
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> received(free) == 1);
            assertThat(received(held)).as("locked: passed over").isZero();
            c.rollback();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> received(held) == 1);
        assertThat(received(free)).isOne();
    }

    private static long received(String eventId) {
        return receiver.deliveries.stream().filter(d -> eventId.equals(d.eventId())).count();
    }

    /**
     * Kasir killed mid-delivery (last: it kills a node). The receiver holds the first delivery of an event
     * unanswered; the node sending it is killed (SIGKILL) meanwhile; the other node sends the event again,
     * same event id, once the dead node's claim runs out: within claim-duration + poll-interval of the dead
     * node's last renewal (9 s + 0.2 s here; 20 s + 5 s with the defaults).
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aNodeKilledMidDeliveryHasItsEventSentAgainByTheOtherWithTheSameEventId() throws Exception {
        String event = UUID.randomUUID().toString();
        try (Connection c = database.connect(); PreparedStatement insert = c.prepareStatement("INSERT INTO"
                + " merchant_notifications (event_id, type, payload, status, attempts, next_attempt_at, created_at)"
                + " VALUES (?, ?, '{}', 'DUE', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            insert.setString(1, event);
            insert.setString(2, MerchantReceiver.HELD_TYPE);
            insert.executeUpdate();
        }
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> received(event) == 1);
        long sendStarted = System.nanoTime();
        String sender = receiver.deliveries.stream().filter(d -> event.equals(d.eventId())).findFirst().orElseThrow()
                .node();
        int dying = sender.equals("node-1") ? 0 : 1;
        nodes[dying].destroyForcibly().waitFor();
        long killed = System.nanoTime();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> received(event) == 2);
        long again = System.nanoTime();
        receiver.release.countDown();

        assertThat(receiver.deliveries).filteredOn(d -> event.equals(d.eventId())).extracting(MerchantReceiver.Delivery::node)
                .containsExactly(sender, "node-" + (2 - dying));
        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(queryOne(
                "SELECT status FROM merchant_notifications WHERE event_id = ?", event)));
        System.out.printf("Killed mid-delivery: %s's send began, it was killed %.1f s later, the other node sent the"
                + " event again %.1f s after the kill (%.1f s after the first send began; bound 9.2 s)%n", sender,
                (killed - sendStarted) / 1e9, (again - killed) / 1e9, (again - sendStarted) / 1e9);
    }

    @Test
    void aPortalSessionMadeOnNodeOneIsUsedOnNodeTwo() {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri(0, "/login")).GET());
        String session = sessionCookie(page);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as("CSRF field on the login page").isTrue();
        String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> loggedIn = send(HttpRequest.newBuilder(uri(0, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(loggedIn.statusCode()).isEqualTo(302);

        HttpResponse<String> onTwo = send(HttpRequest.newBuilder(uri(1, "/admin"))
                .header("Cookie", sessionCookie(loggedIn)).GET());

        assertThat(onTwo.statusCode()).isEqualTo(200);
        assertThat(onTwo.body()).containsPattern(SIGNED_IN_AS_ADMIN);
    }

    /**
     * Both nodes fire the nightly schedule every two seconds: one run for the business date (a test
     * running across midnight in Jakarta may see two dates), and the schedule is seen firing again (its
     * ShedLock lock taken later than the run finished) without making a second. Every schedule's lock is
     * in the one shared table.
     */
    @Test
    void theSchedulesRunOnceAcrossBothNodes() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(queryOne(
                "SELECT MAX(status) FROM reconciliation_runs WHERE run_trigger = ?", "NIGHTLY")));
        String finished = queryOne("SELECT MAX(finished_at) FROM reconciliation_runs WHERE run_trigger = ?", "NIGHTLY");
        await().atMost(Duration.ofSeconds(30)).until(() -> "1".equals(queryOne(
                "SELECT COUNT(*) FROM shedlock WHERE name = 'reconciliation-run' AND locked_at > ?", finished)));

        assertThat(queryOne("SELECT COUNT(*) - COUNT(DISTINCT business_date) FROM reconciliation_runs"
                + " WHERE run_trigger = ?", "NIGHTLY")).as("one nightly run per business date").isEqualTo("0");
        await().atMost(Duration.ofSeconds(30)).until(() -> Set.copyOf(queryAll("SELECT name FROM shedlock"))
                .containsAll(SCHEDULER_LOCKS));
    }

    // --- helpers --------------------------------------------------------------------------------------

    private static double seconds() {
        return (System.nanoTime() - STARTED) / 1e9;
    }

    private static URI uri(int node, String path) {
        return URI.create("http://localhost:" + ports[node] + path);
    }

    private static boolean healthy(int node) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri(node, "/actuator/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return EmbeddedKasir.send(HTTP, request.build());
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(value.find()).as("%s in %s", name, json).isTrue();
        return value.group(1);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
    }

    private static String queryOne(String sql, String parameter) throws SQLException {
        List<String> rows = query(sql, parameter);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static List<String> queryAll(String sql) throws SQLException {
        return query(sql, null);
    }

    private static List<String> query(String sql, String parameter) throws SQLException {
        try (Connection c = database.connect(); PreparedStatement statement = c.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }

    private static HttpServer localServer() {
        try {
            return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The merchant's endpoint: keeps every delivery (which node sent it, by path) and answers 204. */
    private static final class MerchantReceiver implements AutoCloseable {
        record Delivery(String node, String eventId, String type, String body) {
        }

        /** The first delivery of this event type is held unanswered (its sender is killed meanwhile). */
        static final String HELD_TYPE = "test.killed-mid-delivery";
        final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);
        private final HttpServer server = localServer();
        private final ExecutorService threads = Executors.newCachedThreadPool();

        MerchantReceiver() {
            server.setExecutor(threads);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Delivery delivery = new Delivery(exchange.getRequestURI().getPath().substring(1),
                        exchange.getRequestHeaders().getFirst("Kasir-Event-Id"),
                        exchange.getRequestHeaders().getFirst("Kasir-Event-Type"), body);
                boolean first = deliveries.stream().noneMatch(d -> d.eventId().equals(delivery.eventId()));
                deliveries.add(delivery);
                if (first && HELD_TYPE.equals(delivery.type())) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
        }

        @Override
        public void close() {
            release.countDown();
            server.stop(0);
            threads.shutdownNow();
        }
    }

    /** A load balancer with one node behind it: forwards every request as it came and keeps what it forwarded. */
    private static final class Forwarder implements AutoCloseable {
        record Forwarded(String path, String body, int status) {
        }

        /** Headers java.net.http sets itself and refuses to be given. */
        private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
        final List<Forwarded> forwarded = new CopyOnWriteArrayList<>();
        private final HttpServer server = localServer();
        private final int target;

        Forwarder(int target) {
            this.target = target;
            server.createContext("/", this::forward);
            server.start();
        }

        private void forward(HttpExchange exchange) throws IOException {
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + target
                    + exchange.getRequestURI())).method(exchange.getRequestMethod(),
                    HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response;
            try {
                response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            forwarded.add(new Forwarded(exchange.getRequestURI().getPath(), new String(body, StandardCharsets.UTF_8),
                    response.statusCode()));
            response.headers().firstValue("Content-Type")
                    .ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
            exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            exchange.getResponseBody().write(response.body());
            exchange.close();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
