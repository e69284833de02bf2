package id.kasir.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import id.kasir.application.merchant.IdempotencyKeys;
import id.kasir.application.merchant.IssueApiKey;
import id.kasir.application.merchant.MerchantNotification;
import id.kasir.application.merchant.MerchantNotificationOutbox;
import id.kasir.application.payment.FindPayments;
import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentInstructions;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.Payments;
import id.kasir.testsupport.RawHttp;
import id.kasir.web.api.IdempotencyKeyPruning;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The merchant API of the whole application over real HTTP, on a real database (H2 or MariaDB: the
 * subclasses), with the in-process sandbox: one shape of a payment between the API and its event,
 * search over the real SQL, Idempotency-Keys per API key and their pruning under ShedLock, what the
 * container refuses, redirects from {@code kasir.public-base-url}, and 503 once the database is gone
 * (last: it closes the pool).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class MerchantApiEndToEnd {

    static final String KEY = "kasir_e2e_bootstrap-key-0123456789";
    static final String ADMIN_PASSWORD = "harbor-e2e-lantern-42";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static EmbeddedKasir kasir;

    static EmbeddedKasir start(String... databaseProperties) {
        List<String> properties = new ArrayList<>(List.of("kasir.api.bootstrap-key=" + KEY,
                "kasir.admin.bootstrap-password=" + ADMIN_PASSWORD));
        properties.addAll(List.of(databaseProperties));
        return EmbeddedKasir.start(properties.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (kasir != null) {
            kasir.close();
        }
    }

    @Test
    @Order(1)
    void aPaymentPaidAtTheSandboxHasTheSameShapeInItsEventAndInTheApi() {
        String orderId = "E2E-SHAPE-" + UUID.randomUUID();
        HttpResponse<String> created = post("/api/v1/payments", """
                {"orderId":"%s","amount":25000.00,"provider":"cashin","method":"QRIS","expiresInMinutes":15}"""
                .formatted(orderId), KEY);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).get().asString()
                .startsWith(kasir.url("/api/v1/payments/"));
        String id = json(created).get("id").asString();
        Payment payment = kasir.bean(FindPayments.class).byId(new PaymentId(id));

        assertThat(kasir.post("/sandbox/cashin/_sandbox/orders/" + payment.reference() + "/pay", "{}").statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> paidEvent(id) != null);

        JsonNode event = JSON.readTree(paidEvent(id).payload());
        JsonNode fetched = json(get("/api/v1/payments/" + id, KEY));
        assertThat(event.get("data")).isEqualTo(fetched);
        assertThat(event.get("version").asLong()).isEqualTo(fetched.get("version").asLong());
        assertThat(fetched.get("status").asString()).isEqualTo("PAID");
        assertThat(fetched.get("paidAmount").asLong()).isEqualTo(25000);
        assertThat(fetched.get("instructions").get("qrContent").asString()).contains("25000.00");
    }

    @Test
    @Order(2)
    void refusedInputStoresNothingInTheRealDatabaseEither() {
        for (String orderId : List.of("E2E-\\uD800", "E2E-\\u0000", "E2E-\\u202E1")) {
            HttpResponse<String> response = post("/api/v1/payments", """
                    {"orderId":"%s","amount":15000,"provider":"cashin","method":"QRIS"}""".formatted(orderId), KEY);
            assertThat(response.statusCode()).as(orderId).isEqualTo(422);
        }
        HttpResponse<String> huge = post("/api/v1/payments", """
                {"orderId":"E2E-HUGE","amount":100000000000000,"provider":"cashi","method":"QRIS"}""", KEY);
        assertThat(huge.statusCode()).isEqualTo(422);
        assertThat(json(huge).get("type").asString()).isEqualTo("urn:kasir:problem:amount-above-maximum");
        assertThat(json(huge).get("detail").asString()).as("cashi's configured maximum").contains("9999999900");
        assertThat(kasir.bean(Payments.class).byOrderId("E2E-HUGE")).isEmpty();
        assertThat(json(get("/api/v1/payments?orderId=E2E-HUGE", KEY)).get("items")).isEmpty();
    }

    @Test
    @Order(3)
    void anEmojiOrderIdIsStoredAndFoundExactly() {
        String orderId = "E2E-🧾-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post("/api/v1/payments", """
                {"orderId":"%s","amount":15000,"provider":"payin","method":"QRIS"}""".formatted(orderId), KEY)
                .statusCode()).isEqualTo(201);

        JsonNode found = json(get("/api/v1/payments?orderId=" + java.net.URLEncoder.encode(orderId,
                StandardCharsets.UTF_8), KEY));
        assertThat(found.get("items")).singleElement()
                .satisfies(p -> assertThat(p.get("orderId").asString()).isEqualTo(orderId));
    }

    @Test
    @Order(4)
    void searchPagesThrough250PaymentsOfTheRealStoreWithEachFilter() {
        Instant day = Instant.parse("2031-06-01T00:00:00Z").plus(SearchDays.next(), ChronoUnit.DAYS);
        // One transaction: 250 payments and their timelines in one commit, not 500.
        List<Payment> made = kasir.bean(TransactionRunner.class).inTransaction(() -> seed250(day));
        String window = "createdFrom=" + day + "&createdTo=" + day.plus(Duration.ofDays(1));

        assertPages(window + "&limit=60", made, p -> true);
        assertPages(window + "&status=PENDING&limit=13", made, p -> p.status() == PaymentStatus.PENDING);
        assertPages(window + "&provider=cashi&limit=17", made, p -> p.gateway().value().equals("cashi"));
        assertPages(window + "&method=CHECKOUT_PAGE&limit=50", made, p -> p.method() == PaymentMethod.CHECKOUT_PAGE);
        assertPages("createdFrom=" + day.plus(Duration.ofMinutes(50)) + "&createdTo=" + day.plus(Duration.ofMinutes(100))
                + "&limit=7", made, p -> !p.createdAt().isBefore(day.plus(Duration.ofMinutes(50)))
                && p.createdAt().isBefore(day.plus(Duration.ofMinutes(100))));
        String oneOrder = made.get(77).orderId();
        assertPages("orderId=" + oneOrder, made, p -> p.orderId().equals(oneOrder));
        assertPages("orderId=" + oneOrder.toLowerCase(java.util.Locale.ROOT), made, p -> false);
        assertThat(get("/api/v1/payments?after=bm90LWEtY3Vyc29y", KEY).statusCode()).isEqualTo(400);
    }

    @Test
    @Order(5)
    void theSameIdempotencyKeyOfTwoApiKeysMakesTwoPayments() {
        String other = kasir.bean(IssueApiKey.class).issue("pos-e2e", Actor.operator("e2e"), null).plaintext();
        String idempotencyKey = "idem-" + UUID.randomUUID();

        HttpResponse<String> first = post("/api/v1/payments", """
                {"orderId":"E2E-IK-%s","amount":15000,"provider":"cashin","method":"QRIS"}""".formatted(idempotencyKey),
                KEY, "Idempotency-Key", idempotencyKey);
        HttpResponse<String> second = post("/api/v1/payments", """
                {"orderId":"E2E-IK2-%s","amount":16000,"provider":"cashin","method":"QRIS"}""".formatted(idempotencyKey),
                other, "Idempotency-Key", idempotencyKey);
        HttpResponse<String> again = post("/api/v1/payments", """
                {"orderId":"E2E-IK-%s","amount":15000,"provider":"cashin","method":"QRIS"}""".formatted(idempotencyKey),
                KEY, "Idempotency-Key", idempotencyKey);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("id")).isEqualTo(json(first).get("id"));
    }

    @Test
    @Order(6)
    void pruningDeletesKeysPastTheirRetentionAndRunsOnceUnderItsLock() {
        IdempotencyKeys keys = kasir.bean(IdempotencyKeys.class);
        Instant old = Instant.now().minus(Duration.ofDays(31));
        for (int i = 0; i < 30; i++) {
            keys.claim(1000 + i % 3, "prune-" + i, "f".repeat(64), old);
        }
        keys.claim(1000, "prune-young", "f".repeat(64), Instant.now().minus(Duration.ofDays(29)));
        IdempotencyKeyPruning pruning = kasir.bean(IdempotencyKeyPruning.class);
        JdbcTemplate jdbc = new JdbcTemplate(kasir.bean(javax.sql.DataSource.class));

        pruning.pruneExpired();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_keys WHERE key_hash IN (" + hashes(30) + ")",
                Integer.class)).isZero();
        assertThat(keys.claim(1000, "prune-young", "f".repeat(64), Instant.now())).as("kept").isPresent();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'prune-idempotency-keys'",
                Integer.class)).isEqualTo(1);

        keys.claim(1000, "prune-late", "f".repeat(64), old);
        pruning.pruneExpired();
        assertThat(keys.claim(1000, "prune-late", "f".repeat(64), Instant.now()))
                .as("a second run within lockAtLeastFor (1 min) is skipped, as on another node").isPresent();
    }

    @Test
    @Order(7)
    void whatTheContainerRefusesUnderTheApiIsProblemJsonAndThePortalKeepsItsPages() {
        for (String target : List.of("/api/v1/payments/%2f", "/api/../admin", "//api/v1/payments",
                "/api/v1/payments;x=1", "/api/v1/payments/%zz", "/api/v1/payments?orderId=%", "/api\\v1",
                "/api/v1/payments/" + "x".repeat(9000))) {
            RawHttp.Response response = RawHttp.get(kasir.port(), target, "Authorization: Bearer " + KEY);
            assertThat(response.status()).as(target).isBetween(400, 499);
            assertThat(response.header("Content-Type")).as(target).startsWith("application/problem+json");
        }
        RawHttp.Response trace = RawHttp.send(kasir.port(), "TRACE /api/v1/payments HTTP/1.1\r\nHost: localhost",
                new byte[0]);
        assertThat(trace.status()).isEqualTo(405);
        assertThat(trace.header("Content-Type")).startsWith("application/problem+json");
        RawHttp.Response portal = RawHttp.get(kasir.port(), "/admin/%2f");
        assertThat(portal.status()).isEqualTo(400);
        assertThat(portal.header("Content-Type")).as("the portal keeps its own error format").doesNotContain("json");
    }

    @Test
    @Order(8)
    void redirectsComeFromThePublicBaseUrlNeverFromTheHostHeader() {
        RawHttp.Response admin = RawHttp.get(kasir.port(), "/admin", "Host: evil.example");
        assertThat(admin.status()).isEqualTo(302);
        assertThat(admin.header("Location")).isEqualTo(kasir.url("/login"));

        RawHttp.Response info = RawHttp.get(kasir.port(), "/actuator/info", "Host: evil.example");
        assertThat(info.status()).as("info needs a login").isEqualTo(302);
        assertThat(info.header("Location")).isEqualTo(kasir.url("/login"));

        String session = cookie(admin);
        RawHttp.Response loginPage = RawHttp.get(kasir.port(), "/login", "Host: evil.example", "Cookie: " + session);
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).as(loginPage.body()).isTrue();
        String form = "username=admin&password=" + java.net.URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + csrf.group(1);
        RawHttp.Response login = RawHttp.send(kasir.port(), "POST /login HTTP/1.1\r\nHost: evil.example\r\nCookie: "
                + session + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length(),
                form.getBytes(StandardCharsets.US_ASCII));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).startsWith(kasir.url("/admin"));

        String loggedIn = login.header("Set-Cookie") == null ? session : cookie(login);
        for (String undecodable : List.of("/admin/payments?orderId=%", "/admin/payouts?reference=%")) {
            RawHttp.Response page = RawHttp.get(kasir.port(), undecodable, "Cookie: " + loggedIn);
            assertThat(page.status()).as(undecodable + " is the reader's mistake, not a server error").isEqualTo(400);
        }
    }

    @Test
    @Order(9)
    void healthIsPublicWithoutDetails() {
        HttpResponse<String> health = kasir.get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
    }

    @Test
    @Order(10)
    void theOpenApiDocumentOfTheWholeApplicationDescribesTheMerchantApiAlone() {
        JsonNode doc = json(kasir.get("/v3/api-docs"));

        assertThat(doc.get("paths").propertyNames()).allMatch(path -> path.startsWith("/api/"));
        assertThat(doc.get("components").get("schemas").propertyNames()).as("no portal or sandbox schema left over")
                .containsExactlyInAnyOrder("CreatePaymentRequest", "Customer", "Payment", "PaymentInstructions",
                        "PaymentPage", "Problem", "PaymentEvent", "CreatePayoutRequest", "Payout",
                        "PayoutInquiryRequest", "PayoutInquiry", "PayoutEvent");
        assertThat(doc.get("webhooks").propertyNames()).contains("payment.paid");
    }

    @Test
    @Order(11)
    void orderIdsDifferingOnlyInCaseOrATrailingSpaceAreNeverTheSamePayment() {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        HttpResponse<String> upper = post("/api/v1/payments", """
                {"orderId":"INV-77-%s","amount":15000,"provider":"payin","method":"QRIS"}""".formatted(run), KEY);
        HttpResponse<String> lower = post("/api/v1/payments", """
                {"orderId":"inv-77-%s","amount":15000,"provider":"payin","method":"QRIS"}""".formatted(run.toLowerCase()),
                KEY);
        HttpResponse<String> spaced = post("/api/v1/payments", """
                {"orderId":"INV-77-%s ","amount":15000,"provider":"payin","method":"QRIS"}""".formatted(run), KEY);

        assertThat(upper.statusCode()).isEqualTo(201);
        assertThat(lower.statusCode()).as(lower.body()).isEqualTo(201);
        assertThat(json(lower).get("id").asString()).isNotEqualTo(json(upper).get("id").asString());
        assertThat(json(lower).get("orderId").asString()).isEqualTo("inv-77-" + run.toLowerCase());
        // A trailing space is either its own order or refused as input: never the payment of INV-77-….
        assertThat(spaced.statusCode()).as(spaced.body()).isIn(201, 422);
        if (spaced.statusCode() == 201) {
            assertThat(json(spaced).get("id").asString()).isNotEqualTo(json(upper).get("id").asString());
        }
    }

    @Test
    @Order(12)
    void hostileNumbersToTheGatewayEndpointsAreRefusedCheaplyAndStored() {
        long payInStarted = System.nanoTime();
        HttpResponse<String> payIn = kasir.post("/webhooks/payin",
                "{\"orderNo\":\"X\",\"orderStatus\":\"SUCCESS\",\"amount\":1e10000000}");
        long payInMillis = (System.nanoTime() - payInStarted) / 1_000_000;
        long cashiStarted = System.nanoTime();
        HttpResponse<String> cashi = kasir.post("/webhooks/cashi",
                "{\"event\":\"PAYMENT_SETTLED\",\"data\":{\"order_id\":\"X\",\"status\":\"SETTLED\","
                        + "\"amount\":\"1e999999999\"}}");
        long cashiMillis = (System.nanoTime() - cashiStarted) / 1_000_000;
        // Measured, not asserted (no timed assertions): issue 11 saw 11 s and 16 s here.
        System.out.println(getClass().getSimpleName() + ": PayIn callback with amount 1e10000000 answered "
                + payIn.statusCode() + " in " + payInMillis + " ms; Cashi webhook with amount \"1e999999999\" answered "
                + cashi.statusCode() + " in " + cashiMillis + " ms");
        assertThat(payIn.statusCode()).isEqualTo(401);
        assertThat(cashi.statusCode()).isBetween(200, 499);
    }

    @Test
    @Order(13)
    void aNotificationBodyOverTheLimitIs413BeforeAnythingReadsIt() {
        String huge = "{\"orderNo\":\"" + "9".repeat(70 * 1024) + "\"}";
        assertThat(kasir.post("/webhooks/payin", huge).statusCode()).isEqualTo(413);
        assertThat(kasir.post("/webhooks/cashi", huge).statusCode()).isEqualTo(413);
        assertThat(kasir.post("/v1.0/debit/notify", huge).statusCode()).isEqualTo(413);
        assertThat(kasir.post("/webhooks/payin", "{\"orderNo\":\"X\"}").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void onceTheDatabaseIsGoneTheApiAnswers503WithRetryAfterEvenForTheKeyCheck() {
        kasir.bean(HikariDataSource.class).close();

        HttpResponse<String> read = get("/api/v1/payments/" + UUID.randomUUID(), KEY);
        HttpResponse<String> create = post("/api/v1/payments", """
                {"orderId":"E2E-DOWN","amount":15000,"provider":"cashin","method":"QRIS"}""", KEY);

        for (HttpResponse<String> response : List.of(read, create)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(json(response).get("type").asString()).isEqualTo("urn:kasir:problem:service-unavailable");
        }
    }

    private static List<Payment> seed250(Instant day) {
        List<Payment> made = new ArrayList<>();
        Payments payments = kasir.bean(Payments.class);
        String[] gateways = {"cashin", "cashi", "payin"};
        for (int i = 0; i < 250; i++) {
            Instant at = day.plus(Duration.ofMinutes(i / 10 * 5));
            Payment p = Payment.request(new PaymentId(UUID.randomUUID().toString()), "R" + UUID.randomUUID().toString()
                    .substring(0, 20), new NewPayment("E2E-S-" + day.getEpochSecond() + "-" + i, GatewayId.of(gateways[i % 3]),
                    i % 2 == 0 ? PaymentMethod.QRIS : PaymentMethod.CHECKOUT_PAGE, Money.idr(20_000 + i),
                    at.plus(Duration.ofDays(1)), Customer.UNKNOWN, null, null, null), Actor.merchant("seeder"), at);
            if (i % 4 != 0) {
                p.opened(new GatewayPaymentCreated(null, Money.idr(20_000 + i), null,
                        new PaymentInstructions("https://pay.example/" + i, null, null, null)), at);
            }
            payments.add(p);
            made.add(payments.byId(p.id()).orElseThrow());
        }
        return made;
    }

    private static void assertPages(String query, List<Payment> made, java.util.function.Predicate<Payment> which) {
        List<String> expected = made.stream().filter(which)
                .sorted(java.util.Comparator.comparing(Payment::createdAt).thenComparing(p -> p.id().value()).reversed())
                .map(p -> p.id().value()).toList();
        List<String> found = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String path = "/api/v1/payments?" + query;
        while (path != null) {
            HttpResponse<String> response = get(path, KEY);
            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
            JsonNode page = json(response);
            page.get("items").forEach(p -> found.add(p.get("id").asString()));
            if (page.get("next").isNull()) {
                path = null;
            } else {
                assertThat(cursors.add(page.get("nextCursor").asString())).isTrue();
                URI next = URI.create(page.get("next").asString());
                assertThat(next.getHost()).isEqualTo("localhost");
                path = next.getRawPath() + "?" + next.getRawQuery();
            }
        }
        assertThat(found).as(query).containsExactlyElementsOf(expected);
    }

    private static MerchantNotification paidEvent(String paymentId) {
        return kasir.bean(MerchantNotificationOutbox.class).bySubject(paymentId).stream()
                .filter(n -> n.type().equals("payment.paid")).findFirst().orElse(null);
    }

    private static String hashes(int count) {
        List<String> quoted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            quoted.add("'" + sha256("prune-" + i) + "'");
        }
        return String.join(",", quoted);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cookie(RawHttp.Response response) {
        String setCookie = response.header("Set-Cookie");
        assertThat(setCookie).isNotNull();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    static HttpResponse<String> get(String path, String key) {
        return kasir.send(HttpRequest.newBuilder(URI.create(kasir.url(path))).header("Authorization", "Bearer " + key)
                .GET().build());
    }

    static HttpResponse<String> post(String path, String json, String key, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(kasir.url(path)))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return kasir.send(builder.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Each run of the search test in one JVM gets a day of its own (the MariaDB database lives as long as the JVM). */
    private static final class SearchDays {
        private static final java.util.concurrent.atomic.AtomicInteger DAYS = new java.util.concurrent.atomic.AtomicInteger();

        static int next() {
            return DAYS.getAndIncrement();
        }
    }
}
