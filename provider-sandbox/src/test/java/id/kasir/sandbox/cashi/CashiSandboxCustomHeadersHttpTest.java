package id.kasir.sandbox.cashi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.sandbox.SandboxApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** The header names, signature prefix and webhook path are configurable, as public Cashi integrations differ on them. */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "kasir.sandbox.enabled=true",
                "kasir.sandbox.cashi.api-key=custom-key",
                "kasir.sandbox.cashi.api-key-header=X-Cashi-Key",
                "kasir.sandbox.cashi.webhook-secret=custom-secret",
                "kasir.sandbox.cashi.signature-header=X-Cashi-Signature",
                "kasir.sandbox.cashi.signature-prefix=sha256=",
                "kasir.sandbox.cashi.webhook-path=/hooks/cashi",
                "server.shutdown=immediate",
                "spring.main.banner-mode=off"
        })
class CashiSandboxCustomHeadersHttpTest {

    static final FakeMerchant MERCHANT = FakeMerchant.start();

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

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void takesTheApiKeyFromTheConfiguredHeaderOnly() throws Exception {
        assertThat(createOrder("x-api-key", "custom-key", "H-1").statusCode()).isEqualTo(401);
        assertThat(createOrder("X-Cashi-Key", "sandbox-cashi-key", "H-1").statusCode()).isEqualTo(401);
        assertThat(createOrder("x-cashi-key", "custom-key", "H-1").statusCode()).isEqualTo(200);
    }

    @Test
    void signsWebhooksInTheConfiguredHeaderWithThePrefixAtTheConfiguredPath() throws Exception {
        assertThat(createOrder("X-Cashi-Key", "custom-key", "H-2").statusCode()).isEqualTo(200);
        HttpResponse<String> paid = http.send(HttpRequest.newBuilder(uri("/_sandbox/orders/H-2/pay"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(paid.statusCode()).isEqualTo(200);

        FakeMerchant.Received webhook = MERCHANT.nextFor("H-2");

        assertThat(webhook.path()).isEqualTo("/hooks/cashi");
        assertThat(webhook.headers().get("X-Cashi-Signature"))
                .isEqualTo("sha256=" + CashiWebhookSigner.hmacSha256Hex("custom-secret", webhook.body()));
        assertThat(webhook.headers()).doesNotContainKey("X-Signature");
        assertThat(json.readTree(webhook.bodyText()).get("data").get("order_id").asString()).isEqualTo("H-2");
    }

    private HttpResponse<String> createOrder(String header, String key, String orderId)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("/api/create-order")).header(header, key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":15000,\"order_id\":\"" + orderId + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/sandbox/cashi" + path);
    }
}
