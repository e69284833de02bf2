package id.kasir.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaymentErrorsApiTest extends MerchantApiTestBase {

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:kasir:problem:" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("tools.jackson", "id.kasir", "Exception", "\tat ");
    }

    @Test
    void malformedJsonIs400WithoutTheParsersMessage() {
        HttpResponse<String> response = api.post("/api/v1/payments", "{\"orderId\": \"ORD-1\", \"amount\": ");

        assertProblem(response, 400, "malformed-request");
        assertThat(ApiClient.json(response).get("detail").asString()).startsWith("The request body is not valid JSON: ");
    }

    @Test
    void anEmptyBodyIs400() {
        assertProblem(api.post("/api/v1/payments", ""), 400, "malformed-request");
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheField() {
        HttpResponse<String> response = api.post("/api/v1/payments", """
                {"orderId":"ORD-1","amount":"lima belas ribu","provider":"cashin","method":"QRIS"}""");

        assertProblem(response, 400, "malformed-request");
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("detail").asString()).isEqualTo("Field 'amount' must be a number (not a string)");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("amount");
    }

    @Test
    void invalidFieldsAre422WithOneErrorPerField() {
        HttpResponse<String> response = api.post("/api/v1/payments", """
                {"orderId":"","amount":-5,"currency":"USD","provider":"cashin","method":"CASH",
                 "expiresInMinutes":0,"customer":{"email":"not-an-email"},"successUrl":"javascript:alert(1)"}""");

        assertProblem(response, 422, "validation-failed");
        JsonNode errors = ApiClient.json(response).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactly("amount", "currency", "customer.email", "expiresInMinutes", "method", "orderId",
                        "successUrl");
        assertThat(errors.valueStream().map(e -> e.get("message").asString()))
                .contains("must be IDR (the only currency for now)", "must be one of CHECKOUT_PAGE, QRIS, EWALLET, VA",
                        "must be an http(s) URL");
    }

    @Test
    void aFractionOfARupiahIs422() {
        HttpResponse<String> response = api.post("/api/v1/payments", body(newOrderId(), "cashin", "QRIS", 15000)
                .replace("\"amount\":15000", "\"amount\":15000.5"));

        assertProblem(response, 422, "validation-failed");
        assertThat(ApiClient.json(response).get("errors").get(0).get("message").asString())
                .isEqualTo("must be a whole number of rupiah");
    }

    @Test
    void anUnknownProviderIs422() {
        HttpResponse<String> response = api.post("/api/v1/payments", body(newOrderId(), "gopay", "QRIS", 15000));

        assertProblem(response, 422, "unknown-provider");
        assertThat(ApiClient.json(response).get("detail").asString()).contains("gopay");
    }

    @Test
    void aProviderNameThatCannotBeAGatewayIs422UnknownProvider() {
        assertProblem(api.post("/api/v1/payments", body(newOrderId(), "Cash In!", "QRIS", 15000)), 422,
                "unknown-provider");
    }

    @Test
    void aMethodTheProviderDoesNotOfferIs422() {
        HttpResponse<String> response = api.post("/api/v1/payments", body(newOrderId(), "cashi", "VA", 15000));

        assertProblem(response, 422, "unsupported-method");
        assertThat(ApiClient.json(response).get("detail").asString()).contains("Cashi does not offer VA");
    }

    @Test
    void anAmountBelowTheProvidersMinimumIs422() {
        HttpResponse<String> response = api.post("/api/v1/payments", body(newOrderId(), "cashi", "QRIS", 1500));

        assertProblem(response, 422, "amount-below-minimum");
        assertThat(ApiClient.json(response).get("detail").asString()).contains("at least IDR 2000.00");
    }

    @Test
    void anOverlongIdempotencyKeyIs422NamingTheHeader() {
        HttpResponse<String> response = api.post("/api/v1/payments", body(newOrderId(), "cashin", "QRIS", 15000),
                "Idempotency-Key", "k".repeat(256));

        assertProblem(response, 422, "validation-failed");
        assertThat(ApiClient.json(response).get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void aWrongHttpMethodIs405Problem() {
        HttpResponse<String> response = api.get("/api/v1/payments/some-id/refresh");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(ApiClient.json(response).get("instance").asString()).isEqualTo("/api/v1/payments/some-id/refresh");
    }

    @Test
    void anUnknownApiPathIs404Problem() {
        HttpResponse<String> response = api.get("/api/v1/refunds");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ApiClient.json(response).get("detail").asString()).isEqualTo("There is no API endpoint at this path");
    }

    @Test
    void aWrongContentTypeIs415Problem() {
        HttpResponse<String> response = api.post("/api/v1/payments/x/refresh", "", "Content-Type", "text/plain");
        assertThat(response.statusCode()).isIn(200, 404);

        HttpResponse<String> create = api.post("/api/v1/payments", "orderId=1", "Content-Type",
                "application/x-www-form-urlencoded");
        assertThat(create.statusCode()).isEqualTo(415);
        assertThat(create.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ApiClient.json(create).get("type").asString()).isEqualTo("urn:kasir:problem:unsupported-media-type");
        assertThat(create.headers().firstValue("Accept")).hasValue("application/json");
    }
}
