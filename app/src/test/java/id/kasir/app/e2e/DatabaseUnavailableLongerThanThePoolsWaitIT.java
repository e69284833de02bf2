package id.kasir.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import id.kasir.app.SchedulerOutageErrorHandler;
import id.kasir.app.reconciliation.ReconciliationTestBeans;
import id.kasir.application.merchant.MerchantNotification;
import id.kasir.application.merchant.MerchantNotificationOutbox;
import id.kasir.application.payment.FindPayments;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.testsupport.CuttableTcpProxy;
import id.kasir.testsupport.MySqlTestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fault "database unavailable for longer than the connection pool's wait", for real: Kasir on
 * MariaDB through a {@link CuttableTcpProxy}, whose cut kills the pool's connections and blackholes new
 * ones, with Hikari's wait at 1 s (the outage lasts several waits, the suite does not slow down). While
 * the line is cut, the merchant API (key check included) answers problem+json 503 with Retry-After,
 * every gateway hears a status that makes it send again (per its document) and the attempt is logged
 * with the gateway's reference, the portal shows its 503 page, and the schedulers neither die nor log
 * each failed run. Once the line is back — no restart — the gateways' own retries (the in-process
 * sandbox, its retry ladders shortened) are applied: PAID, a timeline entry and a merchant event, which
 * the outbox then delivers; the expiry run expires what fell due during the outage.
 *
 * <p>The methods run in order on one Kasir: cut, then restore.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableLongerThanThePoolsWaitIT {

    private static final String KEY = "kasir_outage_bootstrap-key-0123456789";
    private static final String ADMIN_PASSWORD = "outage-e2e-lantern-42";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static CuttableTcpProxy proxy;
    private static EmbeddedKasir kasir;
    private static HttpServer merchant;
    private static final Set<String> eventsReceived = ConcurrentHashMap.newKeySet();
    private static final Map<String, String> paymentIds = new ConcurrentHashMap<>();
    /** Each payment's reference at its gateway, read before the cut (reading it needs the database). */
    private static final Map<String, String> references = new ConcurrentHashMap<>();
    private static String portalSession;
    private static String expiringPaymentId;

    @BeforeAll
    static void startKasirBehindACuttableLine() throws IOException {
        MySqlTestDatabase database = MySqlTestDatabase.get().emptied();
        proxy = CuttableTcpProxy.toServerOf(database.url());
        merchant = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        merchant.createContext("/events", exchange -> {
            eventsReceived.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        merchant.start();
        kasir = EmbeddedKasir.startWith(List.of(ReconciliationTestBeans.class), EmbeddedKasir.freePort(),
                CuttableTcpProxy.throughProxy(database.url(), proxy),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                // The pool's wait: the outage below lasts many of these.
                "spring.datasource.hikari.connection-timeout=1000",
                "spring.datasource.hikari.validation-timeout=500",
                "kasir.api.bootstrap-key=" + KEY,
                "kasir.admin.bootstrap-password=" + ADMIN_PASSWORD,
                "kasir.merchant-notifications.url=http://127.0.0.1:" + merchant.getAddress().getPort() + "/events",
                "kasir.merchant-notifications.secret=outage-test-secret-0123456789abcdef",
                "kasir.merchant-notifications.poll-interval=200ms",
                "kasir.expiry.enabled=true",
                "kasir.expiry.interval=PT0.3S",
                "kasir.payouts.follow-up.interval=PT0.3S",
                "kasir.reconciliation.janitor.interval=PT0.3S",
                // The gateways' retries, shortened (their ladders as documented, only faster).
                "kasir.sandbox.cashin.notify-attempts=30",
                "kasir.sandbox.cashin.notify-backoff=PT0.2S",
                "kasir.sandbox.cashi.webhook-attempts=30",
                "kasir.sandbox.cashi.webhook-retry-backoff=PT0.2S",
                "kasir.sandbox.payin.retry-time-compression=600");
        for (String gateway : List.of("cashin", "cashi", "payin")) {
            HttpResponse<String> created = api("POST", "/api/v1/payments", """
                    {"orderId":"OUTAGE-%s-%s","amount":25000,"provider":"%s","method":"QRIS"}"""
                    .formatted(gateway, UUID.randomUUID(), gateway));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            paymentIds.put(gateway, JSON.readTree(created.body()).get("id").asString());
            references.put(gateway, kasir.bean(FindPayments.class).byId(new PaymentId(paymentIds.get(gateway))).reference());
        }
        HttpResponse<String> expiring = api("POST", "/api/v1/payments", """
                {"orderId":"OUTAGE-EXPIRY-%s","amount":25000,"provider":"cashin","method":"QRIS","expiresInMinutes":1}"""
                .formatted(UUID.randomUUID()));
        assertThat(expiring.statusCode()).as(expiring.body()).isEqualTo(201);
        expiringPaymentId = JSON.readTree(expiring.body()).get("id").asString();
        portalSession = logIn();
    }

    @AfterAll
    static void stop() {
        if (kasir != null) {
            kasir.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (merchant != null) {
            merchant.stop(0);
        }
    }

    @Test
    @Order(1)
    void whileTheDatabaseIsUnreachableEveryMerchantApiRouteAnswers503ProblemJsonWithRetryAfter() {
        proxy.cut();

        String anyPayment = paymentIds.get("cashin");
        List<HttpResponse<String>> answers = List.of(
                api("GET", "/api/v1/payments/" + anyPayment, null),
                api("GET", "/api/v1/payments?limit=5", null),
                api("POST", "/api/v1/payments", """
                        {"orderId":"OUTAGE-NEW","amount":15000,"provider":"cashin","method":"QRIS"}"""),
                api("POST", "/api/v1/payments/" + anyPayment + "/refresh", null),
                api("GET", "/api/v1/payments/" + anyPayment + "/qr.png", null),
                api("GET", "/api/v1/payouts", null),
                api("GET", "/api/v1/payouts/" + UUID.randomUUID(), null),
                api("POST", "/api/v1/payouts/inquiries", """
                        {"channel":"TOP_UP_E_WALLET_DANA","customerNumber":"6281234567890","amount":15000}"""),
                send(HttpRequest.newBuilder(URI.create(kasir.url("/api/v1/payments?limit=5")))
                        .header("Authorization", "Bearer kasir_not-a-key-that-exists-0000000").GET().build()));

        for (HttpResponse<String> answer : answers) {
            String what = answer.request().method() + " " + answer.request().uri().getPath() + ": " + answer.body();
            assertThat(answer.statusCode()).as(what).isEqualTo(503);
            assertThat(answer.headers().firstValue("Content-Type")).as(what).get().asString()
                    .startsWith("application/problem+json");
            assertThat(answer.headers().firstValue("Retry-After")).as(what).hasValue("5");
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.get("type").asString()).as(what).isEqualTo("urn:kasir:problem:service-unavailable");
            assertThat(problem.get("status").asInt()).as(what).isEqualTo(503);
            assertThat(answer.body()).as(what).doesNotContain("Exception").doesNotContain("\"trace\"")
                    .doesNotContain("\"error\"");
        }
    }

    @Test
    @Order(2)
    void whileTheDatabaseIsUnreachableEachGatewayHearsItsRetryStatusAndTheAttemptIsLoggedWithItsReference(
            CapturedOutput output) {
        // Each gateway's customer pays now, during the outage: the gateway notifies Kasir and retries.
        for (String gateway : List.of("cashin", "cashi", "payin")) {
            HttpResponse<String> paid = kasir.post("/sandbox/" + gateway + "/_sandbox/orders/"
                    + references.get(gateway) + "/pay", "{}");
            assertThat(paid.statusCode()).as(gateway + " " + paid.body()).isEqualTo(200);
        }

        // Cash In (SNAP): anything but 2xx + 2005600 is a failed notify, sent again; Kasir says 5xx, SNAP 500xx00.
        await().atMost(Duration.ofSeconds(30)).until(() -> failedDeliveries("cashin", "notifications"), n -> n >= 1);
        assertThat(deliveryStatuses("cashin", "notifications")).contains(500);
        // Cashi: "Return 200 OK to stop retries" -> anything else is retried; Kasir says 503.
        await().atMost(Duration.ofSeconds(30)).until(() -> failedDeliveries("cashi", "notifications"), n -> n >= 1);
        assertThat(deliveryStatuses("cashi", "notifications")).contains(503).doesNotContain(200);
        // PayIn: 200, 301 and 302 mean received; anything else is retried on its ladder; Kasir says 503.
        await().atMost(Duration.ofSeconds(30)).until(() -> failedDeliveries("payin", "callbacks"), n -> n >= 1);
        assertThat(deliveryStatuses("payin", "callbacks")).contains(503).doesNotContain(200, 301, 302);

        // This method's output: the gateways' tries all came in during it.
        String log = output.getAll();
        for (String gateway : List.of("cashin", "cashi", "payin")) {
            assertThat(log.lines().filter(l -> l.contains("WARN") || l.contains("ERROR"))
                    .filter(l -> l.contains("gateway " + gateway) && l.contains(references.get(gateway))))
                    .as("a WARN/ERROR line naming gateway %s and its reference %s", gateway, references.get(gateway))
                    .isNotEmpty();
        }
    }

    @Test
    @Order(3)
    void whileTheDatabaseIsUnreachableThePortalShowsIts503PageInBothLanguages() {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(kasir.url("/login")))
                .header("Accept", "text/html").GET().build());
        HttpResponse<String> dashboard = send(HttpRequest.newBuilder(URI.create(kasir.url("/admin")))
                .header("Accept", "text/html").header("Cookie", portalSession)
                .GET().build());
        HttpResponse<String> inIndonesian = send(HttpRequest.newBuilder(URI.create(kasir.url("/admin/payments")))
                .header("Accept", "text/html").header("Cookie", portalSession + "; kasir-lang=id")
                .GET().build());

        for (HttpResponse<String> page : List.of(login, dashboard, inIndonesian)) {
            String what = page.request().uri().getPath() + ": " + page.body();
            assertThat(page.statusCode()).as(what).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).as(what).isPresent();
            assertThat(page.headers().firstValue("Content-Type")).as(what).get().asString().startsWith("text/html");
            assertThat(page.body()).as(what).contains("id=\"problem\"").doesNotContain("Exception")
                    .doesNotContain("Whitelabel");
        }
        assertThat(login.body()).contains("database");
        assertThat(inIndonesian.body()).contains("basis data");
    }

    @Test
    @Order(4)
    void whileTheDatabaseIsUnreachableSchedulersKeepRunningWithoutLoggingEachFailedRun(CapturedOutput output) {
        int from = output.getAll().length();
        ReconciliationTestBeans.MovedClock clock = kasir.bean(ReconciliationTestBeans.MovedClock.class);
        clock.advance(Duration.ofMinutes(2));
        SchedulerOutageErrorHandler outages = kasir.bean(SchedulerOutageErrorHandler.class);
        int before = outages.failuresDuringOutages();
        // Expiry, payout follow-up and the janitor run every 0.3 s, each failing for want of a connection.
        await().atMost(Duration.ofSeconds(30)).until(outages::failuresDuringOutages, n -> n >= before + 6);

        // Steady outage (the pool's own WARNs about the connections the cut broke came before this method).
        String log = output.getAll().substring(from);
        assertThat(log.lines().filter(l -> l.contains("[   scheduling-") && (l.contains(" WARN ") || l.contains(" ERROR ")))
                .toList()).as("at most one line for many failed runs, not one per run").hasSizeLessThanOrEqualTo(1);
        assertThat(log).as("no stack traces while the database is away").doesNotContain("\tat id.kasir")
                .doesNotContain("Unexpected error occurred in scheduled task");
    }

    @Test
    @Order(5)
    void onceTheDatabaseIsBackEverythingWorksWithoutARestartAndTheGatewaysRetriesAreApplied() {
        proxy.restore();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api("GET", "/api/v1/payments?limit=5", null).statusCode()).isEqualTo(200));
        for (String gateway : List.of("cashin", "cashi", "payin")) {
            PaymentId id = new PaymentId(paymentIds.get(gateway));
            await(gateway + " paid after the gateway's retry").atMost(Duration.ofSeconds(60))
                    .until(() -> kasir.bean(FindPayments.class).byId(id).status(), s -> s == PaymentStatus.PAID);
            assertThat(kasir.bean(FindPayments.class).timeline(id)).as(gateway + " timeline")
                    .anySatisfy(e -> assertThat(e.toString()).contains("PAID"));
            MerchantNotification paid = kasir.bean(MerchantNotificationOutbox.class).bySubject(id.value()).stream()
                    .filter(n -> n.type().equals("payment.paid")).findFirst().orElseThrow();
            // The outbox's scheduler survived the outage: the event reaches the merchant.
            await(gateway + " event delivered").atMost(Duration.ofSeconds(30))
                    .until(() -> eventsReceived.stream().anyMatch(e -> e.contains(id.value()) && e.contains("payment.paid")));
            assertThat(paid.payload()).contains("PAID");
        }
        await("expiry ran again").atMost(Duration.ofSeconds(30))
                .until(() -> kasir.bean(FindPayments.class).byId(new PaymentId(expiringPaymentId)).status(),
                        s -> s == PaymentStatus.EXPIRED);

        HttpResponse<String> dashboard = send(HttpRequest.newBuilder(URI.create(kasir.url("/admin")))
                .header("Cookie", portalSession).GET().build());
        assertThat(dashboard.statusCode()).as(dashboard.body()).isEqualTo(200);
        assertThat(kasir.get("/login").statusCode()).isEqualTo(200);
    }

    private static List<Integer> deliveryStatuses(String gateway, String field) {
        HttpResponse<String> order = kasir.get("/sandbox/" + gateway + "/_sandbox/orders/" + references.get(gateway));
        assertThat(order.statusCode()).as(order.body()).isEqualTo(200);
        JsonNode node = JSON.readTree(order.body());
        JsonNode attempts = node.has(field) ? node.get(field) : node.path("data").path(field);
        // Each sandbox records the HTTP status Kasir answered each try (Cashi in its own snake_case).
        String status = gateway.equals("cashi") ? "http_status" : "httpStatus";
        return attempts.valueStream().filter(a -> a.hasNonNull(status)).map(a -> a.get(status).asInt()).toList();
    }

    private static int failedDeliveries(String gateway, String field) {
        return deliveryStatuses(gateway, field).size();
    }

    private static HttpResponse<String> api(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(kasir.url(path)))
                .header("Authorization", "Bearer " + KEY);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return EmbeddedKasir.send(HttpClient.newHttpClient(), request);
    }

    private static String logIn() {
        HttpResponse<String> page = kasir.get("/login");
        String session = sessionCookie(page);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as("CSRF field on the login page").isTrue();
        String form = "username=admin&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> loggedIn = kasir.send(HttpRequest.newBuilder(URI.create(kasir.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(302);
        return sessionCookie(loggedIn);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
    }

}
