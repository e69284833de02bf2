package id.kasir.sandbox.cashi;

import id.kasir.sandbox.SandboxProperties;
import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.SandboxFaults;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends Cashi's {@code PAYMENT_SETTLED} webhooks to the merchant, asynchronously, retrying anything but
 * HTTP 200 (the document: "Return 200 OK to stop retries") with a doubling back-off, and recording every
 * attempt on the order. Notification faults are decided once per settlement, not per retry.
 */
final class CashiWebhookSender {

    static final String GATEWAY = "cashi";
    static final String ENDPOINT = "webhook";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(CashiWebhookSender.class);

    private final CashiSandboxProperties properties;
    private final SandboxProperties sandbox;
    private final SandboxFaults faults;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final HttpClient http;
    private final JsonMapper json;

    CashiWebhookSender(CashiSandboxProperties properties, SandboxProperties sandbox, SandboxFaults faults, Clock clock,
                       ScheduledExecutorService executor, JsonMapper json) {
        this.properties = properties;
        this.sandbox = sandbox;
        this.faults = faults;
        this.clock = clock;
        this.executor = executor;
        this.json = json;
        this.http = HttpClient.newBuilder().executor(executor).connectTimeout(Duration.ofSeconds(5)).build();
    }

    URI webhookUri() {
        return URI.create(stripTrailingSlash(sandbox.merchantBaseUrl()) + properties.webhookPath());
    }

    /**
     * The settlement webhook of a just-settled order, plus what the switched-on faults add: the same
     * webhook again (DUPLICATE_NOTIFICATION), then the order turned FAILED and a notification saying so
     * (OUT_OF_ORDER_NOTIFICATION). Completes when every delivery has succeeded or given up.
     */
    CompletableFuture<Void> notifySettled(CashiOrder order) {
        boolean badSignature = faults.fire(GATEWAY, ENDPOINT, Fault.BAD_NOTIFICATION_SIGNATURE).isPresent();
        boolean duplicate = faults.fire(GATEWAY, ENDPOINT, Fault.DUPLICATE_NOTIFICATION).isPresent();
        boolean outOfOrder = faults.fire(GATEWAY, ENDPOINT, Fault.OUT_OF_ORDER_NOTIFICATION).isPresent();
        CashiOrderView settled = order.view(clock.instant());
        byte[] settledBody = body(settled, "SETTLED");
        CompletableFuture<Void> chain = deliver(order, "SETTLED", settledBody, badSignature);
        if (duplicate) {
            chain = chain.thenCompose(done -> deliver(order, "SETTLED", settledBody, badSignature));
        }
        if (outOfOrder) {
            chain = chain.thenCompose(done -> {
                order.failAfterSettlement(clock.instant());
                return deliver(order, "FAILED", body(settled, "FAILED"), badSignature);
            });
        }
        return chain.exceptionally(e -> {
            log.warn("Cashi sandbox webhook chain for order {} stopped: {}", settled.orderId(), e.toString());
            return null;
        });
    }

    /** The dashboard's "Test Webhook": one delivery of a {@code TEST-} order, no retries; the merchant's HTTP status. */
    CompletableFuture<WebhookTestResult> sendTest() {
        String orderId = "TEST-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("order_id", orderId);
        data.put("status", "SETTLED");
        data.put("amount", 10000);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", "PAYMENT_SETTLED");
        event.put("data", data);
        byte[] body = json.writeValueAsBytes(event);
        boolean badSignature = faults.fire(GATEWAY, ENDPOINT, Fault.BAD_NOTIFICATION_SIGNATURE).isPresent();
        return http.sendAsync(request(body, badSignature), HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> error == null
                        ? new WebhookTestResult(orderId, response.statusCode(), null)
                        : new WebhookTestResult(orderId, null, describe(error)));
    }

    private byte[] body(CashiOrderView order, String status) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("order_id", order.orderId());
        data.put("status", status);
        data.put("amount", order.reportedAmount());
        data.put("provider_tx_id", order.providerTxId());
        data.put("settled_at", order.settledAt().truncatedTo(ChronoUnit.MILLIS).toString());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", "PAYMENT_SETTLED");
        event.put("data", data);
        return json.writeValueAsBytes(event);
    }

    private CompletableFuture<Void> deliver(CashiOrder order, String dataStatus, byte[] body, boolean badSignature) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        attempt(order, dataStatus, request(body, badSignature), badSignature, 1, done);
        return done;
    }

    private void attempt(CashiOrder order, String dataStatus, HttpRequest request, boolean badSignature, int attempt,
                         CompletableFuture<Void> done) {
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            Integer status = error == null ? response.statusCode() : null;
            order.recordNotification(new CashiNotificationAttempt(clock.instant(), dataStatus, attempt, status,
                    error == null ? null : describe(error), badSignature));
            if (status != null && status == 200) {
                done.complete(null);
            } else if (attempt >= properties.webhookAttempts() || executor.isShutdown()) {
                log.info("Cashi sandbox gave up notifying order {} after {} attempts", order.orderId(), attempt);
                done.complete(null);
            } else {
                long wait = properties.webhookRetryBackoff().toMillis() << Math.min(attempt - 1, 20);
                executor.schedule(() -> attempt(order, dataStatus, request, badSignature, attempt + 1, done),
                        wait, TimeUnit.MILLISECONDS);
            }
        });
    }

    private HttpRequest request(byte[] body, boolean badSignature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(webhookUri())
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Cashi-Webhook/sandbox")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (properties.signsWebhooks() || badSignature) {
            String secret = badSignature ? "not-" + properties.webhookSecret() + "-the-webhook-secret" : properties.webhookSecret();
            request.header(properties.signatureHeader(),
                    properties.signaturePrefix() + CashiWebhookSigner.hmacSha256Hex(secret, body));
        }
        return request.build();
    }

    private static String describe(Throwable error) {
        Throwable cause = error.getCause() != null && error instanceof java.util.concurrent.CompletionException
                ? error.getCause() : error;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** What the merchant answered to a test webhook: its HTTP status, or why there was none. */
    record WebhookTestResult(String orderId, Integer merchantStatus, String error) {
    }
}
