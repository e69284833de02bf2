package id.kasir.adapters.cashi;

import id.kasir.sandbox.SandboxApplication;
import id.kasir.sandbox.faults.FaultRule;
import id.kasir.sandbox.faults.SandboxFaults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sandbox's simulated Cashi on a random port, sending its webhooks to {@code merchantBaseUrl}. */
final class CashiSandbox implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ConfigurableApplicationContext context;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    CashiSandbox(String merchantBaseUrl, String... properties) {
        List<String> all = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1",
                "spring.main.banner-mode=off", "kasir.sandbox.enabled=true",
                "kasir.sandbox.merchant-base-url=" + merchantBaseUrl,
                // One delivery per webhook: a refused one is not retried in the background of the next test.
                "kasir.sandbox.cashi.webhook-attempts=1",
                // Kasir's own Cashi adapter is on this classpath too; the sandbox does not need it.
                "kasir.providers.cashi.enabled=false"));
        all.addAll(List.of(properties));
        context = new SpringApplicationBuilder(SandboxApplication.class).properties(all.toArray(String[]::new)).run();
    }

    String cashiBaseUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort() + "/sandbox/cashi";
    }

    void fault(FaultRule rule) {
        context.getBean(SandboxFaults.class).add(rule);
    }

    /** {@code POST _sandbox/orders/{ref}/{action}}; the order as JSON. */
    JsonNode act(String reference, String action, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cashiBaseUrl() + "/_sandbox/orders/" + reference + "/" + action));
        if (jsonBody == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return send(request.build());
    }

    JsonNode order(String reference) {
        return send(HttpRequest.newBuilder(URI.create(cashiBaseUrl() + "/_sandbox/orders/" + reference)).GET().build());
    }

    JsonNode sendTestWebhook() {
        return send(HttpRequest.newBuilder(URI.create(cashiBaseUrl() + "/_sandbox/webhook-test"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("sandbox answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
