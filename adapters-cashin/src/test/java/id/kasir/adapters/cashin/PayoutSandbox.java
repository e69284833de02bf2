package id.kasir.adapters.cashin;

import id.kasir.application.payout.PayoutPolicy;
import id.kasir.application.testing.TestPayoutKasir;
import id.kasir.sandbox.SandboxApplication;
import id.kasir.sandbox.faults.SandboxFaults;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox's simulated Cash In on a random port, and Kasir's payout use cases (TestPayoutKasir, on
 * in-memory stores) talking to it through this adapter over real HTTP, signed with the sandbox's merchant
 * key. Transfers settle at once unless a fault says otherwise; Kasir's clock starts at the real time and
 * is moved by hand (the sandbox checks signatures' timestamps against its own, real, clock).
 */
final class PayoutSandbox implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final ConfigurableApplicationContext sandbox;
    final SandboxFaults faults;
    final String base;
    private final CashInSnapSigner signer;
    private final HttpClient http = HttpClient.newHttpClient();

    PayoutSandbox() {
        sandbox = new SpringApplicationBuilder(SandboxApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off", "kasir.sandbox.enabled=true",
                        "kasir.providers.cashin.enabled=false", "kasir.sandbox.cashin.transfer-settle-delay=0s",
                        "logging.level.root=WARN")
                .run();
        base = "http://localhost:" + ((WebServerApplicationContext) sandbox).getWebServer().getPort() + "/sandbox";
        faults = sandbox.getBean(SandboxFaults.class);
        DefaultResourceLoader resources = new DefaultResourceLoader();
        signer = new CashInSnapSigner("HmacSHA512", "sandbox-cashin-secret",
                CashInKeys.privateKey(CashInAutoConfiguration.pem("classpath:sandbox-keys/merchant-private.pem",
                        resources, "private-key"), "test"),
                CashInKeys.publicKey(CashInAutoConfiguration.pem("classpath:sandbox-keys/cashin-public.pem",
                        resources, "gateway-public-key"), "test"),
                Clock.systemUTC());
    }

    /** The adapter as the embedded default builds it, aimed at this sandbox, giving up after {@code readTimeout}. */
    CashInPayoutGateway gateway(Duration readTimeout) {
        return CashInPayoutAutoConfiguration.build(CashInProperties.sandboxDefaults().withBaseUrl(base + "/cashin")
                .withReadTimeout(readTimeout), signer, Duration.ofMillis(20));
    }

    /** Kasir's payout use cases on this gateway, their clock at the real time. */
    TestPayoutKasir kasir(CashInPayoutGateway gateway, PayoutPolicy policy) {
        TestPayoutKasir kasir = new TestPayoutKasir(gateway, policy);
        kasir.clock.advance(Duration.between(kasir.clock.instant(), Instant.now()));
        return kasir;
    }

    /** The sandbox's record of a transfer by its partnerReferenceNo, or null when it has none. */
    JsonNode transfer(String partnerReferenceNo) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/cashin/_sandbox/orders/"
                + partnerReferenceNo)).GET().build());
        return response.statusCode() == 404 ? null : JSON.readTree(response.body());
    }

    /** Settles a transfer on the sandbox by hand: {@code succeed} or {@code fail}. */
    void settle(String partnerReferenceNo, String action) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/cashin/_sandbox/orders/"
                + partnerReferenceNo + "/" + action)).POST(HttpRequest.BodyPublishers.noBody()).build());
        if (response.statusCode() != 200) {
            throw new AssertionError("the sandbox refused to " + action + ": " + response.body());
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("could not reach the sandbox", e);
        }
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
