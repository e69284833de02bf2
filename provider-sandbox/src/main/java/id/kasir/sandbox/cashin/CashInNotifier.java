package id.kasir.sandbox.cashin;

import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.SandboxFaults;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the merchant an order has finished: POST to merchant-base-url + notify-path, SNAP headers, signed
 * SHA256withRSA with Cash In's key over {@code POST:notifyPath:bodyHash:timestamp}. A non-2xx answer or an
 * I/O error is retried with doubling back-off. Notices for one order go out one after another, so a
 * duplicate or out-of-order notice really arrives second.
 */
final class CashInNotifier {

    private static final Logger log = LoggerFactory.getLogger(CashInNotifier.class);

    private final CashInSandboxProperties properties;
    private final URI notifyUri;
    private final SandboxFaults faults;
    private final CashInScheduler scheduler;
    private final SnapSigner signer;
    private final SnapSigner wrongSigner;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    CashInNotifier(CashInSandboxProperties properties, String merchantBaseUrl, SandboxFaults faults,
                   CashInScheduler scheduler, SnapSigner signer, SnapSigner wrongSigner) {
        this.properties = properties;
        this.notifyUri = URI.create(merchantBaseUrl.replaceFirst("/+$", "") + properties.notifyPath());
        this.faults = faults;
        this.scheduler = scheduler;
        this.signer = signer;
        this.wrongSigner = wrongSigner;
    }

    /** Announces the order's current, final state (with the notification faults applied). */
    void announce(CashInOrder order) {
        Instant finished = order.finishedAt() != null ? order.finishedAt() : scheduler.clock().instant();
        CashInNotice notice = CashInNotice.of(order, order.snapStatus(), finished);
        List<CashInNotice> notices = new ArrayList<>(List.of(notice));
        if (faults.fire(CashInRequestFaults.GATEWAY, "notify", Fault.DUPLICATE_NOTIFICATION).isPresent()) {
            notices.add(notice);
        }
        if ("00".equals(notice.status())
                && faults.fire(CashInRequestFaults.GATEWAY, "notify", Fault.OUT_OF_ORDER_NOTIFICATION).isPresent()) {
            notices.add(CashInNotice.of(order, "05", scheduler.clock().instant()));
        }
        scheduler.now(() -> deliver(order, notices, 0, 1));
    }

    private void deliver(CashInOrder order, List<CashInNotice> notices, int index, int attempt) {
        if (index >= notices.size()) {
            return;
        }
        CashInNotice notice = notices.get(index);
        Integer httpStatus = null;
        String error = null;
        try {
            httpStatus = send(notice);
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        order.recordDelivery(new CashInOrder.Delivery(scheduler.clock().instant(), notice.status(), attempt,
                httpStatus, error));
        boolean delivered = httpStatus != null && httpStatus / 100 == 2;
        if (!delivered && attempt < properties.notifyAttempts()) {
            Duration backoff = properties.notifyBackoff().multipliedBy(1L << Math.min(attempt - 1, 10));
            scheduler.later(backoff, () -> deliver(order, notices, index, attempt + 1));
        } else {
            if (!delivered) {
                log.info("Cash In sandbox gave up notifying order {} after {} attempts", notice.referenceNo(), attempt);
            }
            scheduler.now(() -> deliver(order, notices, index + 1, 1));
        }
    }

    private int send(CashInNotice notice) throws Exception {
        String body = CashInNotifyBody.render(notice, properties.notifyStyle());
        String timestamp = SnapTimestamps.format(scheduler.clock().instant());
        boolean forge = faults.fire(CashInRequestFaults.GATEWAY, "notify", Fault.BAD_NOTIFICATION_SIGNATURE).isPresent();
        String stringToSign = SnapAsymmetricSignatureVerifier.stringToSign("POST", properties.notifyPath(), body, timestamp);
        String signature = (forge ? wrongSigner : signer).sign(stringToSign);
        HttpRequest request = HttpRequest.newBuilder(notifyUri)
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .header("X-PARTNER-ID", properties.partnerId())
                .header("X-EXTERNAL-ID", freshExternalId())
                .header("X-TIMESTAMP", timestamp)
                .header("X-SIGNATURE", signature)
                .header("CHANNEL-ID", properties.channelId())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A numeric X-EXTERNAL-ID, new for every request sent. */
    private static String freshExternalId() {
        return System.currentTimeMillis() + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }
}
