package id.kasir.sandbox.payin;

import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.SandboxFaults;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an order's callbacks to its {@code notifyUrl} as PayIn does: JSON body, headers {@code MerchantId}
 * and {@code Sign} (uppercase MD5 of the body + API key). HTTP 200, 301 or 302 means delivered; anything
 * else, or no answer, is retried after 1, 2, 4, … 512 minutes (10 retries), each retry with the very same
 * body and Sign. Real minutes are divided by {@code retry-time-compression}.
 */
public final class PayInCallbackSender {

    /** The document's retry ladder, in minutes after the previous failed try. */
    static final List<Integer> RETRY_MINUTES = List.of(1, 2, 4, 8, 16, 32, 64, 128, 256, 512);

    private static final Logger log = LoggerFactory.getLogger(PayInCallbackSender.class);
    private static final String GATEWAY = "payin";
    private static final String ENDPOINT = "callback";

    private final PayInSandboxProperties properties;
    private final PayInScheduler scheduler;
    private final SandboxFaults faults;
    private final HttpClient http;
    private final Clock clock;

    public PayInCallbackSender(PayInSandboxProperties properties, PayInScheduler scheduler, SandboxFaults faults, Clock clock) {
        this.properties = properties;
        this.scheduler = scheduler;
        this.faults = faults;
        this.clock = clock;
        // Redirects are not followed: PayIn takes a 301/302 itself as "received".
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends the callback(s) for an order that just left {@code PAYING}, in the background. */
    public void orderCompleted(PayInOrder order) {
        boolean badSignature = faults.fire(GATEWAY, ENDPOINT, Fault.BAD_NOTIFICATION_SIGNATURE).isPresent();
        boolean duplicate = faults.fire(GATEWAY, ENDPOINT, Fault.DUPLICATE_NOTIFICATION).isPresent();
        boolean outOfOrder = order.status() == PayInOrderStatus.SUCCESS
                && faults.fire(GATEWAY, ENDPOINT, Fault.OUT_OF_ORDER_NOTIFICATION).isPresent();
        String key = badSignature ? "not-" + properties.apiKey() : properties.apiKey();

        List<PayInOrderStatus> statuses = new ArrayList<>();
        statuses.add(order.status());
        if (outOfOrder) {
            statuses.add(PayInOrderStatus.FAIL);
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (PayInOrderStatus status : statuses) {
            byte[] body = PayInJson.callback(order, status, order.reportedAmount(), String.valueOf(clock.millis()));
            Delivery delivery = new Delivery(order, status, body, PayInSign.of(body, key));
            deliveries.add(delivery);
            if (duplicate) {
                deliveries.add(delivery);
            }
        }
        // One after the other, so the merchant sees them in this order (a stale FAIL after the SUCCESS).
        scheduler.now(() -> firstTries(deliveries, 0));
    }

    private void firstTries(List<Delivery> deliveries, int index) {
        if (index >= deliveries.size()) {
            return;
        }
        Delivery delivery = deliveries.get(index);
        int number = delivery.order.nextCallbackNumber();
        attempt(delivery, number, 1).whenComplete((ignored, error) -> firstTries(deliveries, index + 1));
    }

    private CompletableFuture<Void> attempt(Delivery delivery, int callback, int attempt) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.order.notifyUrl()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("MerchantId", delivery.order.merchantId())
                    .header("Sign", delivery.sign)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body))
                    .build();
        } catch (IllegalArgumentException e) {
            recordAndMaybeRetry(delivery, callback, attempt, null, "invalid notifyUrl: " + e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> {
                    if (error != null) {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        recordAndMaybeRetry(delivery, callback, attempt, null,
                                cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
                    } else {
                        recordAndMaybeRetry(delivery, callback, attempt, response.statusCode(), null);
                    }
                    return null;
                });
    }

    private void recordAndMaybeRetry(Delivery delivery, int callback, int attempt, Integer status, String error) {
        boolean delivered = status != null && (status == 200 || status == 301 || status == 302);
        delivery.order.record(new PayInCallbackAttempt(callback, delivery.status.name(), attempt, clock.instant(),
                status, error, delivered));
        if (delivered) {
            return;
        }
        if (attempt > RETRY_MINUTES.size()) {
            log.info("PayIn sandbox: gave up on callback {} of order {} after {} tries", callback,
                    delivery.order.orderNo(), attempt);
            return;
        }
        scheduler.after(retryDelay(attempt), () -> attempt(delivery, callback, attempt + 1));
    }

    /** How long to wait after failed try number {@code attempt} (1-based), compressed. */
    Duration retryDelay(int attempt) {
        long realNanos = Duration.ofMinutes(RETRY_MINUTES.get(attempt - 1)).toNanos();
        return Duration.ofNanos(realNanos / properties.retryTimeCompression());
    }

    private record Delivery(PayInOrder order, PayInOrderStatus status, byte[] body, String sign) {
    }
}
