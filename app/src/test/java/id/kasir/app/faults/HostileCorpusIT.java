package id.kasir.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kasir.adapters.cashi.CashiProperties;
import id.kasir.adapters.payin.PayInProperties;
import id.kasir.app.e2e.EmbeddedKasir;
import id.kasir.testsupport.RawHttp;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17's hostile corpus: every public endpoint of the whole application — the merchant API, each gateway's
 * webhook, the portal, the sandbox's controls — attacked with the inputs of {@link HostileCorpus} over a raw
 * socket, on the embedded default (H2, in-process sandbox). Every answer must be of its expected class and
 * never a 5xx or a stack trace, and {@link KasirState} must be exactly the same afterwards. The counts are
 * printed ("hostile corpus: N inputs, 0 × 5xx, 0 state changes, by endpoint: …").
 */
class HostileCorpusIT {

    private static final String KEY = "kasir_hostile_corpus-key-0123456789";
    private static final String ADMIN_PASSWORD = "harbor-hostile-lantern-42";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern STACK_TRACE = Pattern.compile("\\tat |\\b(java|jakarta|org\\.springframework|id\\.kasir)"
            + "\\.[a-z]+\\.[A-Za-z]|Whitelabel");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static EmbeddedKasir kasir;
    private static JdbcTemplate jdbc;
    private static GatewaySignatures signatures;
    private static final Map<String, String> placeholders = new LinkedHashMap<>();
    private static String sessionCookie;

    @BeforeAll
    static void startKasirWithPaymentsPayoutsAndAPortalSession() {
        kasir = EmbeddedKasir.start("kasir.api.bootstrap-key=" + KEY, "kasir.admin.bootstrap-password=" + ADMIN_PASSWORD,
                "kasir.reconciliation.janitor.enabled=false", "kasir.payouts.follow-up.enabled=false");
        jdbc = new JdbcTemplate(kasir.bean(DataSource.class));
        PayInProperties payIn = kasir.bean(PayInProperties.class);
        signatures = new GatewaySignatures(payIn.apiKey(), payIn.merchantId(), kasir.bean(CashiProperties.class)
                .webhookSecret(), kasir.bean(Clock.class));

        String paid = createPayment("HC-PAID-CASHIN", "cashin", 15000, null);
        String paidPayIn = createPayment("HC-PAID-PAYIN", "payin", 20000, null);
        String paidCashi = createPayment("HC-PAID-CASHI", "cashi", 25000, null);
        String open = createPayment("HC-OPEN-CASHIN", "cashin", 30000, "hc-idem-1");
        for (String id : List.of(paid, paidPayIn, paidCashi)) {
            Map<String, Object> row = row(id);
            assertThat(kasir.post("/sandbox/" + row.get("gateway") + "/_sandbox/orders/" + row.get("reference") + "/pay",
                    "{}").statusCode()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of(paid, paidPayIn, paidCashi).stream()
                .allMatch(id -> "PAID".equals(row(id).get("status"))));
        HttpResponse<String> payout = api("POST", "/api/v1/payouts", """
                {"reference":"HC-PO-REAL","channel":"OVO","customerNumber":"6281234567890","amount":50000,\
                "expectedName":"John Doe"}""", "hc-idem-po");
        assertThat(payout.statusCode()).as(payout.body()).isEqualTo(201);

        placeholders.put("paid", paid);
        placeholders.put("open", open);
        placeholders.put("payout", JSON.readTree(payout.body()).get("id").asString());
        placeholders.put("cashinRef", (String) row(paid).get("reference"));
        placeholders.put("openRef", (String) row(open).get("reference"));
        placeholders.put("payinRef", (String) row(paidPayIn).get("reference"));
        placeholders.put("cashiRef", (String) row(paidCashi).get("reference"));
        placeholders.put("key", KEY);

        // The real notifications that the replay rows send again.
        send("POST", GatewaySignatures.CASHIN_PATH, signatures.realCashIn("""
                {"originalPartnerReferenceNo":"%s","latestTransactionStatus":"00","amount":{"value":"15000.00","currency":"IDR"}}"""
                .formatted(placeholders.get("cashinRef"))), 200);
        send("POST", "/webhooks/payin", signatures.realPayIn("""
                {"amount":20000.00,"mchOrderNo":"%s","merchantId":"%s","orderNo":"%s","orderStatus":"SUCCESS"}"""
                .formatted(placeholders.get("payinRef"), payIn.merchantId(), row(paidPayIn).get("gateway_reference"))), 200);
        send("POST", "/webhooks/cashi", signatures.realCashi("""
                {"event":"PAYMENT_SETTLED","data":{"order_id":"%s","status":"SETTLED","amount":%s}}"""
                .formatted(placeholders.get("cashiRef"), row(paidCashi).get("paid_amount"))), 200);

        logInToThePortal();
    }

    @AfterAll
    static void stop() {
        if (kasir != null) {
            kasir.close();
        }
    }

    @Test
    void everyHostileInputIsRefusedWithoutA5xxAndChangesNothing() {
        List<HostileInput> corpus = HostileCorpus.load();
        KasirState before = settledState();

        Map<String, int[]> byEndpoint = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        for (HostileInput input : corpus) {
            RawHttp.Response response;
            long started = System.nanoTime();
            int[] counts = byEndpoint.computeIfAbsent(input.group(), g -> new int[3]);
            try {
                response = send(input);
            } catch (UncheckedIOException noAnswer) {
                unexpected.add("no answer (" + noAnswer.getCause() + ") " + input.describe());
                continue;
            }
            counts[2] += (int) ((System.nanoTime() - started) / 1_000_000);
            counts[0]++;
            if (response.status() >= 500) {
                counts[1]++;
                serverErrors.add(response.status() + " " + input.describe() + " -> " + abbreviate(response.body()));
            } else if (!input.allows(response.status()) || STACK_TRACE.matcher(response.body()).find()) {
                unexpected.add(response.status() + " (expected " + input.expect() + ") " + input.describe() + " -> "
                        + abbreviate(response.body()));
            }
        }
        KasirState after = KasirState.of(jdbc);
        List<String> changes = after.changesSince(before);

        StringBuilder endpoints = new StringBuilder();
        byEndpoint.forEach((group, c) -> endpoints.append("\n  ").append(group).append(": ").append(c[0])
                .append(c[1] == 0 ? "" : " (" + c[1] + " × 5xx)").append(", ").append(c[2]).append(" ms"));
        System.out.printf("hostile corpus: %d inputs, %d × 5xx, %d state changes, %d unexpected answers; compared: %s;"
                        + " by endpoint:%s%n", corpus.size(), serverErrors.size(), changes.size(), unexpected.size(),
                after.counts(), endpoints);
        serverErrors.forEach(e -> System.out.println("  5xx: " + e));
        unexpected.forEach(e -> System.out.println("  unexpected: " + e));
        changes.forEach(c -> System.out.println("  changed: " + c));

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        assertThat(byEndpoint.keySet()).as("every public endpoint is attacked").contains("api:payments.create",
                "api:payments.get", "api:payments.list", "api:payouts.create", "api:payouts.list", "webhook:cashin",
                "webhook:cashi", "webhook:payin", "portal:login", "portal:find", "sandbox:controls");
        assertThat(serverErrors).as("answers 5xx").isEmpty();
        assertThat(changes).as("state changed").isEmpty();
        assertThat(unexpected).as("answers of another class than expected, or showing a stack trace").isEmpty();
    }

    /** The state once nothing the setup started (the sandbox's own notifications, their retries) still moves it. */
    private static KasirState settledState() {
        AtomicReference<KasirState> last = new AtomicReference<>(KasirState.of(jdbc));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            KasirState now = KasirState.of(jdbc);
            return now.equals(last.getAndSet(now));
        });
        return last.get();
    }

    private static RawHttp.Response send(HostileInput input) {
        List<String> headers = new ArrayList<>();
        for (String header : input.headers()) {
            headers.add(switch (header) {
                case "auth" -> "Authorization: Bearer " + KEY;
                case "json" -> "Content-Type: application/json";
                case "form" -> "Content-Type: application/x-www-form-urlencoded";
                case "session" -> "Cookie: " + sessionCookie;
                case "csrf" -> "X-CSRF-TOKEN: " + placeholders.get("csrf");
                default -> HostileCorpus.latin1(HostileCorpus.fill(header, placeholders));
            });
        }
        byte[] body = HostileCorpus.bytes(HostileCorpus.fill(input.body(), placeholders));
        GatewaySignatures.Sent signed = signatures.sign(input.signing(), headers, body);
        String target = HostileCorpus.latin1(HostileCorpus.fill(input.target(), placeholders));
        return send(input.method(), target, signed, -1);
    }

    private static RawHttp.Response send(String method, String target, GatewaySignatures.Sent request, int expected) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1");
        if (request.headers().stream().noneMatch(h -> h.regionMatches(true, 0, "Host:", 0, 5))) {
            head.append("\r\nHost: localhost:").append(kasir.port());
        }
        request.headers().forEach(h -> head.append("\r\n").append(h));
        boolean framed = request.headers().stream().anyMatch(h -> h.regionMatches(true, 0, "Content-Length:", 0, 15)
                || h.regionMatches(true, 0, "Transfer-Encoding:", 0, 18));
        if (!framed && (request.body().length > 0 || !method.equals("GET"))) {
            head.append("\r\nContent-Length: ").append(request.body().length);
        }
        RawHttp.Response response = RawHttp.send(kasir.port(), head.toString(), request.body());
        if (expected > 0) {
            assertThat(response.status()).as(target + ": " + response.body()).isEqualTo(expected);
        }
        return response;
    }

    private static void logInToThePortal() {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf = csrfOf(EmbeddedKasir.send(browser, HttpRequest.newBuilder(URI.create(kasir.url("/login"))).build()));
        HttpResponse<String> login = EmbeddedKasir.send(browser, HttpRequest.newBuilder(URI.create(kasir.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
                        + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf)).build());
        assertThat(login.headers().firstValue("Location")).get().asString().doesNotContain("error");
        placeholders.put("csrf", csrfOf(EmbeddedKasir.send(browser,
                HttpRequest.newBuilder(URI.create(kasir.url("/admin"))).build())));
        HttpCookie session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .findFirst().orElseThrow();
        sessionCookie = "SESSION=" + session.getValue();
    }

    private static String csrfOf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token on " + page.uri()).isTrue();
        return token.group(1) != null ? token.group(1) : token.group(2);
    }

    private static String createPayment(String orderId, String provider, long amount, String idempotencyKey) {
        HttpResponse<String> created = api("POST", "/api/v1/payments", """
                {"orderId":"%s","amount":%d,"provider":"%s","method":"QRIS","expiresInMinutes":60}"""
                .formatted(orderId, amount, provider), idempotencyKey);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asString();
    }

    private static HttpResponse<String> api(String method, String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(kasir.url(path)))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return kasir.send(request.build());
    }

    private static Map<String, Object> row(String paymentId) {
        return jdbc.queryForMap("SELECT gateway, reference, gateway_reference, status, paid_amount FROM payments WHERE id = ?",
                paymentId);
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
