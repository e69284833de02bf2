package id.kasir.sandbox.cashi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.sandbox.SandboxApplication;
import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import id.kasir.sandbox.faults.SandboxFaults;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulated Cashi over real HTTP, with a fake merchant receiving its webhooks and a clock the test moves. */
@SpringBootTest(classes = {SandboxApplication.class, CashiSandboxHttpTest.ControlledClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "kasir.sandbox.enabled=true",
                "kasir.sandbox.public-base-url=http://sandbox.test/sandbox",
                "kasir.sandbox.cashi.webhook-attempts=3",
                "kasir.sandbox.cashi.webhook-retry-backoff=10ms",
                "server.shutdown=immediate",
                "spring.main.banner-mode=off"
        })
class CashiSandboxHttpTest {

    static final String API_KEY = "sandbox-cashi-key";
    static final String WEBHOOK_SECRET = "sandbox-cashi-webhook-secret";
    static final FakeMerchant MERCHANT = FakeMerchant.start();
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2025-06-01T03:00:00Z"));

    /** Registered through {@code classes} (not scanned), so no other test context gets this clock. */
    static class ControlledClock {
        @Bean
        @Primary
        Clock cashiTestClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void merchant(DynamicPropertyRegistry registry) {
        registry.add("kasir.sandbox.merchant-base-url", MERCHANT::baseUrl);
    }

    @AfterAll
    static void stopMerchant() {
        MERCHANT.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    SandboxFaults faults;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void cleanSlate() {
        faults.clear();
        MERCHANT.reset();
    }

    // --- authentication -------------------------------------------------------------------------

    @Test
    void refusesCreateOrderWithoutAnApiKey() {
        Answer answer = send(post("/api/create-order", "{\"amount\":15000}").build());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("success").asBoolean()).isFalse();
        assertThat(answer.json().get("message").asString()).contains("API key");
    }

    @Test
    void refusesCheckStatusWithAWrongApiKey() {
        String orderId = createOrder(15_000, null).get("order_id").asString();

        Answer answer = send(HttpRequest.newBuilder(uri("/api/check-status/" + orderId))
                .header("x-api-key", "not-the-key").GET().build());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("success").asBoolean()).isFalse();
    }

    // --- create-order rules ---------------------------------------------------------------------

    @Test
    void refusesAnAmountBelowTwoThousandAndAcceptsTwoThousand() {
        Answer tooSmall = createOrderAnswer("{\"amount\":1999}");
        assertThat(tooSmall.status()).isEqualTo(400);
        assertThat(tooSmall.json().get("message").asString()).isEqualTo("Minimum amount is 2000");

        JsonNode created = createOrder(2000, null);
        assertThat(created.get("amount").asLong()).isBetween(2001L, 2099L);
    }

    @Test
    void refusesAnAmountThatIsNotAWholeNumber() {
        assertThat(createOrderAnswer("{\"amount\":\"15000\"}").json().get("message").asString())
                .isEqualTo("amount must be a number");
        assertThat(createOrderAnswer("{\"amount\":15000.5}").json().get("message").asString())
                .isEqualTo("amount must be a whole number of rupiah");
        assertThat(createOrderAnswer("{\"order_id\":\"X\"}").status()).isEqualTo(400);
        assertThat(createOrderAnswer("{\"amount\":15000,}").json().get("message").asString())
                .isEqualTo("Request body is not valid JSON");
    }

    @Test
    void acceptsAnOrderIdOfSixtyFourCharactersButNotSixtyFive() {
        String id64 = "L64-" + "x".repeat(60);
        assertThat(createOrder(15_000, id64).get("order_id").asString()).isEqualTo(id64);

        Answer tooLong = createOrderAnswer("{\"amount\":15000,\"order_id\":\"" + id64 + "y\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("message").asString()).isEqualTo("order_id must be at most 64 characters");
    }

    @Test
    void refusesADuplicateOrderIdWithConflict() {
        createOrder(15_000, "DUP-1");

        Answer again = createOrderAnswer("{\"amount\":20000,\"order_id\":\"DUP-1\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("success").asBoolean()).isFalse();
    }

    @Test
    void generatesAnOrderIdWhenTheMerchantSendsNone() {
        JsonNode created = createOrder(15_000, null);

        assertThat(created.get("order_id").asString()).matches("ORD-[A-Z0-9]{12}");
    }

    @Test
    void answersTheAmountToPayACheckoutUrlAndAQrImageOfAQrisForThatAmount() {
        JsonNode created = createOrder(15_000, "INV-9921");

        long toPay = created.get("amount").asLong();
        assertThat(created.get("success").asBoolean()).isTrue();
        assertThat(toPay).isBetween(15_001L, 15_099L);
        assertThat(created.get("checkout_url").asString()).isEqualTo("http://sandbox.test/sandbox/cashi/pay/INV-9921");
        String qrContent = sandboxOrder("INV-9921").get("qrContent").asString();
        assertThat(QrDecoding.decodeDataUrl(created.get("qrUrl").asString())).isEqualTo(qrContent);
        assertThat(qrContent).startsWith("000201010212").contains("5303360").contains("5405" + toPay);
        assertThat(qrContent.substring(qrContent.length() - 8, qrContent.length() - 4)).isEqualTo("6304");
        assertThat(qrContent.substring(qrContent.length() - 4))
                .isEqualTo(CashiQrisPayload.crc16CcittFalse(qrContent.substring(0, qrContent.length() - 4)));
        JsonNode order = sandboxOrder("INV-9921");
        assertThat(order.get("requested_amount").asLong()).isEqualTo(15_000);
        assertThat(order.get("unique_code").asLong()).isEqualTo(toPay - 15_000);
    }

    @Test
    void givesConcurrentOrdersOfTheSameAmountDistinctAmountsToPay() {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(http.sendAsync(post("/api/create-order", "{\"amount\":77000}").header("x-api-key", API_KEY).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Set<Long> amounts = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.join();
            assertThat(response.statusCode()).isEqualTo(200);
            long amount = json.readTree(response.body()).get("amount").asLong();
            assertThat(amount).isBetween(77_001L, 77_099L);
            amounts.add(amount);
        }

        assertThat(amounts).hasSize(40);
    }

    // --- check-status ---------------------------------------------------------------------------

    @Test
    void reportsAnUnknownOrderAsNotFound() {
        Answer answer = checkStatusAnswer("NO-SUCH-ORDER");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).isEqualTo("{\"success\":false,\"message\":\"Order not found\"}");
    }

    @Test
    void reportsPendingThenSettledWithTheProviderTransactionId() {
        long toPay = createOrder(25_000, "ST-1").get("amount").asLong();
        JsonNode pending = checkStatus("ST-1");
        assertThat(pending.get("status").asString()).isEqualTo("PENDING");
        assertThat(pending.get("amount").asLong()).isEqualTo(toPay);
        assertThat(pending.has("provider_tx_id")).isFalse();

        Answer paid = sandboxAction("ST-1", "pay", "");
        assertThat(paid.status()).isEqualTo(200);

        JsonNode settled = checkStatus("ST-1");
        assertThat(settled.get("success").asBoolean()).isTrue();
        assertThat(settled.get("status").asString()).isEqualTo("SETTLED");
        assertThat(settled.get("amount").asLong()).isEqualTo(toPay);
        assertThat(settled.get("order_id").asString()).isEqualTo("ST-1");
        String txId = settled.get("provider_tx_id").asString();
        assertThat(txId).matches("\\d{11}");
        assertThat(sandboxOrder(txId).get("order_id").asString()).isEqualTo("ST-1");
    }

    @Test
    void reportsFailedAndCancelledOrdersAndRefusesToPayThem() {
        createOrder(26_000, "FL-1");
        createOrder(26_000, "CN-1");

        assertThat(sandboxAction("FL-1", "fail", "").status()).isEqualTo(200);
        assertThat(sandboxAction("CN-1", "cancel", "").status()).isEqualTo(200);

        assertThat(checkStatus("FL-1").get("status").asString()).isEqualTo("FAILED");
        assertThat(checkStatus("CN-1").get("status").asString()).isEqualTo("CANCELLED");
        assertThat(sandboxAction("FL-1", "pay", "").status()).isEqualTo(409);
        assertThat(sandboxAction("CN-1", "fail", "").status()).isEqualTo(409);
        assertThat(sandboxAction("NOPE", "pay", "").status()).isEqualTo(404);
    }

    @Test
    void expiresAnOrderWhenItsQrLifetimeHasPassedAndRefusesToPayIt() {
        createOrder(27_000, "EXP-1");
        CLOCK.advance(Duration.ofMinutes(9));
        assertThat(checkStatus("EXP-1").get("status").asString()).isEqualTo("PENDING");

        CLOCK.advance(Duration.ofMinutes(1));

        assertThat(checkStatus("EXP-1").get("status").asString()).isEqualTo("EXPIRED");
        Answer pay = sandboxAction("EXP-1", "pay", "");
        assertThat(pay.status()).isEqualTo(409);
        assertThat(pay.json().get("order").get("status").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void paysAnExpiredOrderWhenPayAfterExpiryIsOn() {
        createOrder(28_000, "EXP-2");
        CLOCK.advance(Duration.ofMinutes(11));
        faults.add(FaultRule.of("cashi", "pay", Fault.PAY_AFTER_EXPIRY));

        Answer pay = sandboxAction("EXP-2", "pay", "");

        assertThat(pay.status()).isEqualTo(200);
        assertThat(checkStatus("EXP-2").get("status").asString()).isEqualTo("SETTLED");
        assertThat(json.readTree(MERCHANT.nextFor("EXP-2").body()).get("data").get("status").asString())
                .isEqualTo("SETTLED");
    }

    // --- pay page -------------------------------------------------------------------------------

    @Test
    void showsThePayPageWithTheAmountToPayTheQrAndThreeButtons() {
        long toPay = createOrder(1_500_000, "PAGE-1").get("amount").asLong();

        Answer page = send(HttpRequest.newBuilder(uri("/pay/PAGE-1")).GET().build());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<p class=\"amount\">" + CashiPayPageController.rupiah(toPay) + "</p>")
                .contains("Rp 1.500.0")
                .contains("src=\"data:image/png;base64,")
                .contains("action=\"/sandbox/cashi/pay/PAGE-1/pay\"")
                .contains("action=\"/sandbox/cashi/pay/PAGE-1/fail\"")
                .contains("action=\"/sandbox/cashi/pay/PAGE-1/cancel\"")
                .doesNotContain("<script");
        assertThat(send(HttpRequest.newBuilder(uri("/pay/NOPE")).GET().build()).status()).isEqualTo(404);
    }

    @Test
    void settlesFromThePayPageFormWithTheAmountTheCustomerTyped() {
        long toPay = createOrder(31_000, "PAGE-2").get("amount").asLong();

        Answer result = send(HttpRequest.newBuilder(uri("/pay/PAGE-2/pay"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("amount=" + toPay)).build());

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("SETTLED");
        assertThat(checkStatus("PAGE-2").get("amount").asLong()).isEqualTo(toPay);
        Answer again = send(HttpRequest.newBuilder(uri("/pay/PAGE-2/cancel"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(again.status()).isEqualTo(409);
    }

    // --- webhooks -------------------------------------------------------------------------------

    @Test
    void notifiesTheMerchantOfASettlementWithAnHmacOfTheRawBody() {
        long toPay = createOrder(32_000, "WH-1").get("amount").asLong();
        sandboxAction("WH-1", "pay", "");

        FakeMerchant.Received webhook = MERCHANT.nextFor("WH-1");

        assertThat(webhook.method()).isEqualTo("POST");
        assertThat(webhook.path()).isEqualTo("/webhooks/cashi");
        assertThat(webhook.headers().get("X-Signature"))
                .isEqualTo(CashiWebhookSigner.hmacSha256Hex(WEBHOOK_SECRET, webhook.body()));
        JsonNode body = json.readTree(webhook.bodyText());
        assertThat(body.get("event").asString()).isEqualTo("PAYMENT_SETTLED");
        JsonNode data = body.get("data");
        assertThat(data.get("order_id").asString()).isEqualTo("WH-1");
        assertThat(data.get("status").asString()).isEqualTo("SETTLED");
        assertThat(data.get("amount").asLong()).isEqualTo(toPay);
        assertThat(data.get("provider_tx_id").asString()).isEqualTo(checkStatus("WH-1").get("provider_tx_id").asString());
        assertThat(Instant.parse(data.get("settled_at").asString())).isEqualTo(CLOCK.instant());
        awaitUntil(() -> notifications("WH-1").size() == 1, "the delivery is recorded");
        assertThat(notifications("WH-1").get(0).get("http_status").asInt()).isEqualTo(200);
    }

    @Test
    void retriesAWebhookUntilTheMerchantAnswers200() {
        createOrder(33_000, "WH-2");
        MERCHANT.answerNext(500, 503);

        sandboxAction("WH-2", "pay", "");

        awaitUntil(() -> notifications("WH-2").size() == 3, "three attempts are recorded");
        assertThat(notifications("WH-2").stream().map(n -> n.get("http_status").asInt()).toList())
                .containsExactly(500, 503, 200);
    }

    @Test
    void givesUpAfterTheConfiguredNumberOfAttempts() {
        createOrder(33_000, "WH-3");
        MERCHANT.answerNext(500, 500, 500, 500);

        sandboxAction("WH-3", "pay", "");

        awaitUntil(() -> notifications("WH-3").size() == 3, "three attempts are recorded");
        assertThat(notifications("WH-3").stream().map(n -> n.get("attempt").asInt()).toList()).containsExactly(1, 2, 3);
        MERCHANT.reset();
    }

    @Test
    void sendsTheDashboardTestWebhookAndAnswersWithTheMerchantsStatus() {
        Answer ok = send(post("/_sandbox/webhook-test", "").build());

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("merchant_status").asInt()).isEqualTo(200);
        String orderId = ok.json().get("order_id").asString();
        assertThat(orderId).startsWith("TEST-");
        FakeMerchant.Received webhook = MERCHANT.nextFor(orderId);
        assertThat(webhook.bodyText()).isEqualTo("{\"event\":\"PAYMENT_SETTLED\",\"data\":{\"order_id\":\"" + orderId
                + "\",\"status\":\"SETTLED\",\"amount\":10000}}");
        assertThat(webhook.headers().get("X-Signature"))
                .isEqualTo(CashiWebhookSigner.hmacSha256Hex(WEBHOOK_SECRET, webhook.body()));

        MERCHANT.answerNext(500);
        Answer failing = send(post("/_sandbox/webhook-test", "").build());
        assertThat(failing.json().get("merchant_status").asInt()).isEqualTo(500);
        assertThat(failing.json().get("success").asBoolean()).isFalse();
    }

    // --- notification and money faults ---------------------------------------------------------

    @Test
    void signsWithTheWrongSecretUnderBadNotificationSignature() {
        createOrder(34_000, "F-SIG");
        faults.add(FaultRule.of("cashi", "webhook", Fault.BAD_NOTIFICATION_SIGNATURE));

        sandboxAction("F-SIG", "pay", "");

        FakeMerchant.Received webhook = MERCHANT.nextFor("F-SIG");
        assertThat(webhook.headers().get("X-Signature")).matches("[0-9a-f]{64}")
                .isNotEqualTo(CashiWebhookSigner.hmacSha256Hex(WEBHOOK_SECRET, webhook.body()));
        awaitUntil(() -> notifications("F-SIG").size() == 1, "the delivery is recorded");
        assertThat(notifications("F-SIG").get(0).get("bad_signature").asBoolean()).isTrue();
    }

    @Test
    void sendsTheSettlementTwiceUnderDuplicateNotification() {
        createOrder(35_000, "F-DUP");
        faults.add(FaultRule.of("cashi", "webhook", Fault.DUPLICATE_NOTIFICATION));

        sandboxAction("F-DUP", "pay", "");

        FakeMerchant.Received first = MERCHANT.nextFor("F-DUP");
        FakeMerchant.Received second = MERCHANT.nextFor("F-DUP");
        assertThat(second.bodyText()).isEqualTo(first.bodyText());
        assertThat(second.headers().get("X-Signature")).isEqualTo(first.headers().get("X-Signature"));
    }

    @Test
    void followsTheSettlementWithAFailedNotificationAndAFailedStatusUnderOutOfOrderNotification() {
        createOrder(36_000, "F-OOO");
        faults.add(FaultRule.of("cashi", "webhook", Fault.OUT_OF_ORDER_NOTIFICATION));

        sandboxAction("F-OOO", "pay", "");

        JsonNode first = json.readTree(MERCHANT.nextFor("F-OOO").bodyText());
        FakeMerchant.Received secondWebhook = MERCHANT.nextFor("F-OOO");
        JsonNode second = json.readTree(secondWebhook.bodyText());
        assertThat(first.get("data").get("status").asString()).isEqualTo("SETTLED");
        assertThat(second.get("event").asString()).isEqualTo("PAYMENT_SETTLED");
        assertThat(second.get("data").get("status").asString()).isEqualTo("FAILED");
        assertThat(secondWebhook.headers().get("X-Signature"))
                .isEqualTo(CashiWebhookSigner.hmacSha256Hex(WEBHOOK_SECRET, secondWebhook.body()));
        assertThat(checkStatus("F-OOO").get("status").asString()).isEqualTo("FAILED");
    }

    @Test
    void settlesWithTheAmountActuallyPaidUnderWrongPaidAmount() {
        long toPay = createOrder(37_000, "F-AMT").get("amount").asLong();
        faults.add(FaultRule.of("cashi", "pay", Fault.WRONG_PAID_AMOUNT).withAmountDelta(-10));

        sandboxAction("F-AMT", "pay", "");

        JsonNode webhook = json.readTree(MERCHANT.nextFor("F-AMT").bodyText());
        assertThat(webhook.get("data").get("amount").asLong()).isEqualTo(toPay - 10);
        assertThat(checkStatus("F-AMT").get("amount").asLong()).isEqualTo(toPay - 10);
        JsonNode order = sandboxOrder("F-AMT");
        assertThat(order.get("amount").asLong()).isEqualTo(toPay);
        assertThat(order.get("paid_amount").asLong()).isEqualTo(toPay - 10);
    }

    @Test
    void settlesWithTheAmountGivenToThePayAction() {
        createOrder(38_000, "F-GIVEN");

        Answer paid = sandboxAction("F-GIVEN", "pay", "{\"amount\":38000}");

        assertThat(paid.json().get("paid_amount").asLong()).isEqualTo(38_000);
        assertThat(json.readTree(MERCHANT.nextFor("F-GIVEN").bodyText()).get("data").get("amount").asLong())
                .isEqualTo(38_000);
        assertThat(sandboxAction("F-GIVEN", "pay", "{\"amount\":\"abc\"}").status()).isEqualTo(400);
    }

    // --- request faults -------------------------------------------------------------------------

    @Test
    void answers500WithoutCreatingTheOrderUnderHttp500() {
        faults.add(FaultRule.of("cashi", "create-order", Fault.HTTP_500));

        Answer answer = createOrderAnswer("{\"amount\":15000,\"order_id\":\"R-500\"}");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.json().get("success").asBoolean()).isFalse();
        assertThat(send(HttpRequest.newBuilder(uri("/_sandbox/orders/R-500")).GET().build()).status()).isEqualTo(404);
    }

    @Test
    void answers500OnCheckStatusUnderHttp500() {
        createOrder(15_000, "R-500-S");
        faults.add(FaultRule.of("cashi", "check-status", Fault.HTTP_500));

        assertThat(checkStatusAnswer("R-500-S").status()).isEqualTo(500);
    }

    @Test
    void createsTheOrderButAnswersABodyThatIsNotJsonUnderMalformedJson() {
        faults.add(FaultRule.of("cashi", "create-order", Fault.MALFORMED_JSON));

        Answer answer = createOrderAnswer("{\"amount\":15000,\"order_id\":\"R-MAL\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThatThrownBy(() -> json.readTree(answer.body())).isInstanceOf(JacksonException.class);
        assertThat(sandboxOrder("R-MAL").get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void answersCheckStatusWithABodyThatIsNotJsonUnderMalformedJson() {
        createOrder(15_000, "R-MAL-S");
        faults.add(FaultRule.of("cashi", "check-status", Fault.MALFORMED_JSON));

        Answer answer = checkStatusAnswer("R-MAL-S");

        assertThat(answer.status()).isEqualTo(200);
        assertThatThrownBy(() -> json.readTree(answer.body())).isInstanceOf(JacksonException.class);
    }

    @Test
    void answersLaterButCorrectlyUnderLatency() {
        createOrder(15_000, "R-LAT");
        faults.add(FaultRule.of("cashi", "check-status", Fault.LATENCY).withLatency(300));

        long started = System.nanoTime();
        JsonNode status = checkStatus("R-LAT");

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThanOrEqualTo(300);
        assertThat(status.get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void createsTheOrderButHoldsTheAnswerUnderTimeout() {
        faults.add(FaultRule.of("cashi", "create-order", Fault.TIMEOUT).withLatency(60_000));

        assertThatThrownBy(() -> http.send(post("/api/create-order", "{\"amount\":15000,\"order_id\":\"R-TIMEOUT\"}")
                .header("x-api-key", API_KEY).timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(sandboxOrder("R-TIMEOUT").get("status").asString()).isEqualTo("PENDING");
    }

    // --- helpers --------------------------------------------------------------------------------

    record Answer(int status, String body, JsonMapper mapper) {
        JsonNode json() {
            return mapper.readTree(body);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/sandbox/cashi" + path);
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), json);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Answer createOrderAnswer(String body) {
        return send(post("/api/create-order", body).header("x-api-key", API_KEY).build());
    }

    private JsonNode createOrder(long amount, String orderId) {
        String body = orderId == null ? "{\"amount\":" + amount + "}"
                : "{\"amount\":" + amount + ",\"order_id\":\"" + orderId + "\"}";
        Answer answer = createOrderAnswer(body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private Answer checkStatusAnswer(String orderId) {
        return send(HttpRequest.newBuilder(uri("/api/check-status/" + orderId)).header("x-api-key", API_KEY).GET().build());
    }

    private JsonNode checkStatus(String orderId) {
        Answer answer = checkStatusAnswer(orderId);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private Answer sandboxAction(String ref, String action, String body) {
        return send(post("/_sandbox/orders/" + ref + "/" + action, body).build());
    }

    private JsonNode sandboxOrder(String ref) {
        Answer answer = send(HttpRequest.newBuilder(uri("/_sandbox/orders/" + ref)).GET().build());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private List<JsonNode> notifications(String ref) {
        List<JsonNode> out = new ArrayList<>();
        sandboxOrder(ref).get("notifications").forEach(out::add);
        return out;
    }

    /** Polls until the condition holds, failing after 10 s. */
    static void awaitUntil(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
