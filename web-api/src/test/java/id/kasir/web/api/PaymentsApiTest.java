package id.kasir.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentStatus;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaymentsApiTest extends MerchantApiTestBase {

    @Test
    void createsAPaymentAndAnswers201WithTheDocumentedFields() {
        String orderId = newOrderId();

        HttpResponse<String> response = api.post("/api/v1/payments", body(orderId, "cashin", "QRIS", 15000));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode p = ApiClient.json(response);
        assertThat(response.headers().firstValue("Location"))
                .hasValue(PUBLIC_BASE_URL + "/api/v1/payments/" + p.get("id").asString());
        assertThat(p.get("orderId").asString()).isEqualTo(orderId);
        assertThat(p.get("status").asString()).isEqualTo("OPEN");
        assertThat(p.get("provider").asString()).isEqualTo("cashin");
        assertThat(p.get("method").asString()).isEqualTo("QRIS");
        assertThat(p.get("currency").asString()).isEqualTo("IDR");
        assertThat(p.get("amount").isIntegralNumber()).isTrue();
        assertThat(p.get("amount").asLong()).isEqualTo(15000);
        assertThat(p.get("amountToPay").asLong()).isEqualTo(15000);
        assertThat(p.get("paidAmount").isNull()).isTrue();
        assertThat(p.get("paidAt").isNull()).isTrue();
        assertThat(p.get("fee").isNull()).isTrue();
        JsonNode instructions = p.get("instructions");
        assertThat(instructions.get("qrContent").asString()).startsWith("00020101021226QRIS-");
        assertThat(instructions.get("checkoutUrl").isNull()).isTrue();
        assertThat(instructions.get("qrImageUrl").isNull()).isTrue();
        assertThat(instructions.get("payCode").isNull()).isTrue();
        assertThat(p.get("createdAt").asString()).isEqualTo("2026-11-21T03:00:00Z");
        assertThat(p.get("updatedAt").asString()).isEqualTo("2026-11-21T03:00:00Z");
        assertThat(p.get("expiresAt").asString()).isEqualTo("2026-11-21T03:30:00Z");
        assertThat(p.get("statusReason").isNull()).isTrue();
        assertThat(p.get("version").asLong()).isEqualTo(kasir.payments.byOrderId(orderId).orElseThrow().version());
        assertThat(p.propertyNames()).containsExactly("id", "orderId", "status", "provider", "method", "currency",
                "amount", "amountToPay", "paidAmount", "paidAt", "fee", "instructions", "expiresAt", "createdAt",
                "updatedAt", "statusReason", "version");
        assertThat(kasir.payments.byOrderId(orderId)).get()
                .satisfies(stored -> assertThat(stored.customer().phone()).isEqualTo("6281234567890"));
    }

    @Test
    void currencyAndExpiryHaveDefaults() {
        String orderId = newOrderId();

        HttpResponse<String> response = api.post("/api/v1/payments", """
                {"orderId":"%s","amount":20000,"provider":"cashin","method":"CHECKOUT_PAGE"}""".formatted(orderId));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode p = ApiClient.json(response);
        assertThat(p.get("instructions").get("checkoutUrl").asString()).startsWith("https://pay.example/");
        assertThat(p.get("expiresAt").asString()).isEqualTo("2026-11-21T04:00:00Z");
    }

    @Test
    void showsTheAmountToPayTheGatewaySet() {
        JsonNode p = ApiClient.json(api.post("/api/v1/payments", body(newOrderId(), "cashi", "QRIS", 15000)));

        assertThat(p.get("amount").asLong()).isEqualTo(15000);
        assertThat(p.get("amountToPay").asLong()).isEqualTo(15042);
        assertThat(p.get("instructions").get("qrImageUrl").asString()).startsWith("data:image/png;base64,");
    }

    @Test
    void theSameOrderAgainAnswers200WithTheSamePaymentWithoutAskingTheGatewayAgain() {
        String orderId = newOrderId();
        JsonNode first = ApiClient.json(api.post("/api/v1/payments", body(orderId, "cashin", "QRIS", 15000)));
        int gatewayCalls = cashin.created.size();

        HttpResponse<String> again = api.post("/api/v1/payments", body(orderId, "cashin", "QRIS", 15000));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(again).get("id").asString()).isEqualTo(first.get("id").asString());
        assertThat(cashin.created).hasSize(gatewayCalls);
    }

    @Test
    void theSameOrderWithADifferentBodyIs409NamingTheFields() {
        String orderId = newOrderId();
        api.post("/api/v1/payments", body(orderId, "cashin", "QRIS", 15000));

        HttpResponse<String> conflict = api.post("/api/v1/payments",
                body(orderId, "cashin", "CHECKOUT_PAGE", 16000).replace("Budi", "Ani"));

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = ApiClient.json(conflict);
        assertThat(problem.get("type").asString()).isEqualTo("urn:kasir:problem:idempotency-conflict");
        assertThat(problem.get("differingFields").valueStream().map(JsonNode::asString).toList())
                .containsExactly("method", "amount", "customer.name");
        assertThat(problem.get("detail").asString()).contains(orderId, "method, amount, customer.name");
    }

    @Test
    void anIdempotencyKeyAnswersTheSamePaymentAndRefusesADifferentRequest() {
        String key = "idem-" + newOrderId();
        String orderId = newOrderId();
        HttpResponse<String> first = api.post("/api/v1/payments", body(orderId, "cashin", "QRIS", 15000),
                "Idempotency-Key", key);
        HttpResponse<String> again = api.post("/api/v1/payments", body(orderId, "cashin", "QRIS", 15000),
                "Idempotency-Key", key);
        HttpResponse<String> reused = api.post("/api/v1/payments", body(newOrderId(), "cashin", "QRIS", 15000),
                "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(again).get("id")).isEqualTo(ApiClient.json(first).get("id"));
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(ApiClient.json(reused).get("differingFields").get(0).asString()).isEqualTo("orderId");
        assertThat(ApiClient.json(reused).get("detail").asString()).contains("Idempotency-Key");
    }

    @Test
    void concurrentDuplicatesGetOne201AndOtherwise200WithTheSamePayment() throws Exception {
        String orderId = newOrderId();
        int callers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return api.post("/api/v1/payments", body(orderId, "cashin", "QRIS", 15000));
                }, pool));
            }
            start.countDown();
            List<HttpResponse<String>> responses = answers.stream().map(CompletableFuture::join).toList();

            assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201, 200)
                    .filteredOn(status -> status == 201).hasSize(1);
            assertThat(responses).extracting(r -> ApiClient.json(r).get("id").asString()).containsOnly(
                    kasir.payments.byOrderId(orderId).orElseThrow().id().value());
            assertThat(cashin.created).filteredOn(r -> r.orderId().equals(orderId)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aGatewayDeclineIs201WithStatusFailedAndTheReason() {
        cashin.onCreate(r -> GatewayCallResult.declined("4037", "Merchant is not active",
                new GatewayExchange("create", "{}", "{}", 403, null)));

        HttpResponse<String> response = api.post("/api/v1/payments", body(newOrderId(), "cashin", "QRIS", 15000));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(ApiClient.json(response).get("status").asString()).isEqualTo("FAILED");
        assertThat(ApiClient.json(response).get("statusReason").asString()).isEqualTo("4037: Merchant is not active");
    }

    @Test
    void aGatewayTimeOutOnCreateIs202WithRetryAfterAndAPendingPayment() {
        cashin.onCreate(r -> GatewayCallResult.unknown(UnknownCause.TIMEOUT, "timed out after 10 s",
                GatewayExchange.none("create")));

        HttpResponse<String> response = api.post("/api/v1/payments", body(newOrderId(), "cashin", "QRIS", 15000));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(response.headers().firstValue("Location")).get().asString().startsWith(PUBLIC_BASE_URL + "/api/");
        assertThat(ApiClient.json(response).get("status").asString()).isEqualTo("PENDING");
        assertThat(ApiClient.json(response).get("statusReason").isNull()).as("our own note, not the merchant's").isTrue();
        assertThat(ApiClient.json(response).get("instructions").isNull()).isTrue();
    }

    @Test
    void getsAPaymentByIdAndFindsItByItsExactOrderId() {
        String orderId = newOrderId();
        String id = ApiClient.json(api.post("/api/v1/payments", body(orderId, "cashin", "QRIS", 15000)))
                .get("id").asString();

        HttpResponse<String> byId = api.get("/api/v1/payments/" + id);
        HttpResponse<String> byOrder = api.get("/api/v1/payments?orderId=" + orderId);
        HttpResponse<String> otherCase = api.get("/api/v1/payments?orderId=" + orderId.toLowerCase(Locale.ROOT));
        HttpResponse<String> withSpace = api.get("/api/v1/payments?orderId=%20" + orderId);

        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(byId).get("orderId").asString()).isEqualTo(orderId);
        assertThat(byOrder.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(byOrder).get("items")).singleElement()
                .satisfies(p -> assertThat(p.get("id").asString()).isEqualTo(id));
        assertThat(ApiClient.json(byOrder).get("nextCursor").isNull()).isTrue();
        assertThat(ApiClient.json(otherCase).get("items")).isEmpty();
        assertThat(ApiClient.json(withSpace).get("items")).isEmpty();
    }

    @Test
    void anUnknownPaymentIs404Problem() {
        HttpResponse<String> byId = api.get("/api/v1/payments/00000000-0000-0000-0000-000000000000");
        HttpResponse<String> tooLong = api.get("/api/v1/payments/" + "x".repeat(80));
        HttpResponse<String> oddId = api.get("/api/v1/payments/%E2%80%AEabc");

        for (HttpResponse<String> response : List.of(byId, tooLong, oddId)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(ApiClient.json(response).get("type").asString()).isEqualTo("urn:kasir:problem:payment-not-found");
        }
        assertThat(ApiClient.json(byId).get("instance").asString())
                .isEqualTo("/api/v1/payments/00000000-0000-0000-0000-000000000000");
    }

    @Test
    void anOddPaymentIdIsNotEchoedBack() {
        HttpResponse<String> response = api.get("/api/v1/payments/%E2%80%AEabc");

        assertThat(ApiClient.json(response).get("detail").asString()).isEqualTo("No payment with this id");
    }

    @Test
    void refreshAppliesWhatTheGatewaySaysNow() {
        String id = ApiClient.json(api.post("/api/v1/payments", body(newOrderId(), "cashin", "QRIS", 15000)))
                .get("id").asString();
        cashin.queryAnswers(GatewayReport.of(PaymentStatus.PAID, Money.idr(15000), GatewayReport.Source.QUERY));

        HttpResponse<String> response = api.post("/api/v1/payments/" + id + "/refresh", "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(response).get("status").asString()).isEqualTo("PAID");
    }

    @Test
    void refreshIs504WhenTheGatewayTimesOutAndLeavesThePaymentAsItWas() {
        String id = ApiClient.json(api.post("/api/v1/payments", body(newOrderId(), "cashin", "QRIS", 15000)))
                .get("id").asString();
        cashin.onQuery(l -> GatewayCallResult.unknown(UnknownCause.TIMEOUT, "read timed out",
                GatewayExchange.none("query")));

        HttpResponse<String> response = api.post("/api/v1/payments/" + id + "/refresh", "");

        assertThat(response.statusCode()).isEqualTo(504);
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:kasir:problem:gateway-timeout");
        assertThat(problem.get("detail").asString()).contains("cashin did not answer in time", "unchanged");
        assertThat(ApiClient.json(api.get("/api/v1/payments/" + id)).get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void refreshIs502WhenTheGatewayAnswersSomethingUnusable() {
        String id = ApiClient.json(api.post("/api/v1/payments", body(newOrderId(), "cashin", "QRIS", 15000)))
                .get("id").asString();
        cashin.onQuery(l -> GatewayCallResult.unknown(UnknownCause.UNREADABLE_ANSWER, "a timeout page in HTML",
                new GatewayExchange("query", "{}", "<html>timeout</html>", 200, null)));

        HttpResponse<String> response = api.post("/api/v1/payments/" + id + "/refresh", "");

        assertThat(response.statusCode()).as("decided by the cause, not by the word 'timeout'").isEqualTo(502);
        assertThat(ApiClient.json(response).get("type").asString()).isEqualTo("urn:kasir:problem:gateway-error");
        assertThat(ApiClient.json(response).get("detail").asString()).contains("could not be read", "unchanged");
        assertThat(ApiClient.json(api.get("/api/v1/payments/" + id)).get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void drawsTheQrCodeFromTheQrContent() {
        JsonNode p = ApiClient.json(api.post("/api/v1/payments", body(newOrderId(), "cashin", "QRIS", 15000)));

        HttpResponse<byte[]> png = api.getBytes("/api/v1/payments/" + p.get("id").asString() + "/qr.png");

        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(new String(png.body(), 8, png.body().length - 8))
                .isEqualTo("QR[400]:" + p.get("instructions").get("qrContent").asString());
    }

    @Test
    void servesTheGatewaysOwnQrImageWhenThatIsAllThereIs() {
        JsonNode p = ApiClient.json(api.post("/api/v1/payments", body(newOrderId(), "cashi", "QRIS", 15000)));

        HttpResponse<byte[]> png = api.getBytes("/api/v1/payments/" + p.get("id").asString() + "/qr.png");

        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.body()).isEqualTo(Base64.getDecoder().decode(MerchantApiTestApplication.PNG_BASE64));
    }

    @Test
    void aPaymentWithoutAQrCodeIs404Problem() {
        JsonNode p = ApiClient.json(api.post("/api/v1/payments", body(newOrderId(), "cashin", "CHECKOUT_PAGE", 15000)));

        HttpResponse<String> response = api.get("/api/v1/payments/" + p.get("id").asString() + "/qr.png");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(response).get("type").asString()).isEqualTo("urn:kasir:problem:no-qr-code");
    }
}
