package id.kasir.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.merchant.IssuedApiKey;
import id.kasir.domain.common.Actor;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class SecurityApiTest extends MerchantApiTestBase {

    @Autowired
    StoreOutage outage;

    @Test
    void aRequestWithoutAKeyIs401ProblemAskingForABearerKey() {
        HttpResponse<String> response = api.withKey(null).get("/api/v1/payments?orderId=x");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"kasir\"");
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:kasir:problem:unauthorized");
        assertThat(problem.get("detail").asString()).contains("Authorization: Bearer");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/payments");
    }

    @Test
    void anUnknownKeyIs401() {
        HttpResponse<String> response = api.withKey("kasir_test_not-a-key-anyone-issued-000000000").post(
                "/api/v1/payments", body(newOrderId(), "cashin", "QRIS", 15000));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().contains("invalid_token");
        assertThat(ApiClient.json(response).get("detail").asString()).contains("not valid");
    }

    @Test
    void anotherAuthorizationSchemeIs401() {
        HttpResponse<String> response = api.get("/api/v1/payments?orderId=x", "Authorization", "Basic dXNlcjpwYXNz");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(ApiClient.json(response).get("detail").asString()).contains("Bearer");
    }

    @Test
    void anIssuedKeyWorksUntilItIsRevoked() {
        IssuedApiKey issued = kasir.issueApiKey.issue("pos-terminal", Actor.operator("siti"), null);
        ApiClient pos = api.withKey(issued.plaintext());
        String orderId = newOrderId();

        assertThat(pos.post("/api/v1/payments", body(orderId, "cashin", "QRIS", 15000)).statusCode()).isEqualTo(201);
        assertThat(kasir.payments.timeline(kasir.payments.byOrderId(orderId).orElseThrow().id()).get(0).actor())
                .isEqualTo(Actor.merchant("pos-terminal (" + issued.key().prefix() + "…)"));

        kasir.revokeApiKey.revoke(issued.key().id(), Actor.operator("siti"), null);
        assertThat(pos.get("/api/v1/payments?orderId=" + orderId).statusCode()).isEqualTo(401);
    }

    @Test
    void theBootstrapKeyWasStoredHashedUnderItsName() {
        assertThat(kasir.apiKeys.all()).anySatisfy(k -> {
            assertThat(k.name()).isEqualTo("bootstrap");
            assertThat(k.hash()).doesNotContain(BOOTSTRAP_KEY);
        });
    }

    @Test
    void noSessionCookieIsEverSet() {
        HttpResponse<String> response = api.get("/api/v1/payments?orderId=x");

        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theOpenApiDocumentIsPublicAndDescribesTheMerchantApi() {
        HttpResponse<String> response = api.withKey(null).get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = ApiClient.json(response);
        assertThat(doc.get("paths").propertyNames()).contains("/api/v1/payments", "/api/v1/payments/{id}",
                "/api/v1/payments/{id}/refresh", "/api/v1/payments/{id}/qr.png");
        assertThat(doc.get("paths").propertyNames()).allMatch(path -> path.startsWith("/api/"));
        assertThat(doc.get("components").get("securitySchemes").get("apiKey").get("scheme").asString())
                .isEqualTo("bearer");
        JsonNode schemas = doc.get("components").get("schemas");
        JsonNode request = schemas.get("CreatePaymentRequest");
        assertThat(request.get("additionalProperties").asBoolean(true)).as("unknown fields are refused").isFalse();
        assertThat(request.get("properties").get("amount").get("description").asString())
                .contains("15000.00", "1.5e4", "422", "400");
        assertThat(request.get("properties").get("orderId").get("maxLength").asInt()).isEqualTo(64);
        for (String[] amount : new String[][] {{"CreatePaymentRequest", "amount"}, {"CreatePayoutRequest", "amount"},
                {"PayoutInquiryRequest", "amount"}}) {
            JsonNode type = schemas.get(amount[0]).get("properties").get(amount[1]).get("type");
            assertThat(type.isArray() ? type.get(0).asString() : type.asString()).as(amount[0] + "." + amount[1]
                    + ": a JSON number, as the strict reader wants it").isEqualTo("number");
        }
        assertThat(schemas.get("CreatePayoutRequest").get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schemas.get("Payment").get("properties").propertyNames()).contains("paidAmount", "paidAt", "fee",
                "instructions", "statusReason", "version");
        assertThat(doc.get("paths").get("/api/v1/payments").get("get").get("parameters").valueStream()
                .map(p -> p.get("name").asString()).toList())
                .contains("status", "provider", "method", "createdFrom", "createdTo", "orderId", "limit", "after");
        assertThat(doc.get("paths").get("/api/v1/payments").get("post").get("responses").propertyNames())
                .contains("201", "200", "202", "400", "409", "413", "415", "422");
        assertThat(doc.get("webhooks").propertyNames()).contains("payment.paid", "payment.open", "payment.expired",
                "payout.succeeded", "payout.failed");
        assertThat(schemas.get("PayoutEvent").get("properties").get("data").get("$ref").asString())
                .isEqualTo("#/components/schemas/Payout");
        assertThat(schemas.get("PaymentEvent").get("properties").propertyNames())
                .containsExactly("id", "type", "created", "version", "data");
        assertThat(schemas.get("PaymentEvent").get("properties").get("data").get("$ref").asString())
                .isEqualTo("#/components/schemas/Payment");
        assertThat(doc.get("paths").get("/api/v1/payments").get("post").get("responses").get("422").get("content")
                .get("application/problem+json").get("schema").get("$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(schemas.propertyNames()).as("only what the API's paths and events use")
                .containsExactlyInAnyOrder("CreatePaymentRequest", "Customer", "Payment", "PaymentInstructions",
                        "PaymentPage", "Problem", "PaymentEvent", "CreatePayoutRequest", "Payout",
                        "PayoutInquiryRequest", "PayoutInquiry", "PayoutEvent");
    }

    @Test
    void theSwaggerUiPageIsPublic() {
        HttpResponse<String> page = api.withKey(null).get("/swagger-ui/index.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Swagger UI");
        assertThat(api.withKey(null).get("/swagger-ui.html").statusCode()).isIn(200, 302);
    }

    @Test
    void theSameIdempotencyKeyFromTwoApiKeysMakesTwoPayments() {
        IssuedApiKey pos = kasir.issueApiKey.issue("pos-terminal", Actor.operator("siti"), null);
        String key = "order-" + newOrderId();
        String shopOrder = newOrderId();
        String posOrder = newOrderId();

        HttpResponse<String> shop = api.post("/api/v1/payments", body(shopOrder, "cashin", "QRIS", 15000),
                "Idempotency-Key", key);
        HttpResponse<String> terminal = api.withKey(pos.plaintext()).post("/api/v1/payments",
                body(posOrder, "cashin", "QRIS", 20000), "Idempotency-Key", key);
        HttpResponse<String> shopAgain = api.post("/api/v1/payments", body(shopOrder, "cashin", "QRIS", 15000),
                "Idempotency-Key", key);

        assertThat(shop.statusCode()).isEqualTo(201);
        assertThat(terminal.statusCode()).as("not the shop's key: no conflict").isEqualTo(201);
        assertThat(ApiClient.json(terminal).get("orderId").asString()).isEqualTo(posOrder);
        assertThat(shopAgain.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(shopAgain).get("id")).isEqualTo(ApiClient.json(shop).get("id"));
    }

    @Test
    void thePaymentsTimelineAndTheAuditNameTheKeyThatMadeIt() {
        IssuedApiKey pos = kasir.issueApiKey.issue("kasir-toko-2", Actor.operator("siti"), null);
        String orderId = newOrderId();

        api.withKey(pos.plaintext()).post("/api/v1/payments", body(orderId, "cashin", "QRIS", 15000));

        var payment = kasir.payments.byOrderId(orderId).orElseThrow();
        Actor expected = Actor.merchant("kasir-toko-2 (" + pos.key().prefix() + "…)");
        assertThat(kasir.payments.timeline(payment.id()).get(0).actor()).isEqualTo(expected);
        assertThat(kasir.audit.recent(null, 50)).anySatisfy(stored -> {
            assertThat(stored.entry().action()).isEqualTo("payment.create");
            assertThat(stored.entry().target()).isEqualTo(payment.id().value());
            assertThat(stored.entry().actor()).isEqualTo(expected);
            assertThat(stored.entry().sourceAddress()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void whileTheDatabaseCannotBeReachedTheKeyCheckIs503WithRetryAfterNot401() {
        outage.start(StoreOutage.Store.API_KEYS);
        try {
            HttpResponse<String> response = api.get("/api/v1/payments/x");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(ApiClient.json(response).get("type").asString())
                    .isEqualTo("urn:kasir:problem:service-unavailable");
            assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        } finally {
            outage.end();
        }
        assertThat(api.get("/api/v1/payments/x").statusCode()).as("back once it is reachable").isEqualTo(404);
    }

    @Test
    void aCreateThatCannotReachTheDatabaseIs503AndStoresNothing() {
        String orderId = newOrderId();
        outage.start(StoreOutage.Store.IDEMPOTENCY_KEYS);
        try {
            HttpResponse<String> response = api.post("/api/v1/payments", body(orderId, "cashin", "QRIS", 15000),
                    "Idempotency-Key", "outage-" + orderId);

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(ApiClient.json(response).get("type").asString())
                    .isEqualTo("urn:kasir:problem:service-unavailable");
        } finally {
            outage.end();
        }
        assertThat(kasir.payments.byOrderId(orderId)).isEmpty();
    }
}
