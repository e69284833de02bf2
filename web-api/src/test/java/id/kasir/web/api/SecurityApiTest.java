package id.kasir.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.merchant.IssuedApiKey;
import id.kasir.domain.common.Actor;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SecurityApiTest extends MerchantApiTestBase {

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
        assertThat(doc.get("components").get("schemas").get("CreatePaymentRequest")).isNotNull();
    }

    @Test
    void theSwaggerUiPageIsPublic() {
        HttpResponse<String> page = api.withKey(null).get("/swagger-ui/index.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Swagger UI");
        assertThat(api.withKey(null).get("/swagger-ui.html").statusCode()).isIn(200, 302);
    }
}
