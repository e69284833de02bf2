package id.kasir.bench.ingest;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cashi's {@code PAYMENT_SETTLED} webhook ({@code POST /webhooks/cashi}): {@code {event, data: {order_id, status,
 * amount, provider_tx_id, settled_at}}} (docs/cashi.txt), header {@code X-Signature} = lowercase hex HMAC-SHA256 of
 * the raw body with the webhook secret (PROVIDERS.md; the sandbox's secret, which Kasir trusts with the sandbox on).
 * Kasir never applies a "settled" from the webhook's word alone: it asks Cashi's check-status (the sandbox, over
 * HTTP) and applies that answer, so the orders must really be settled in the sandbox first.
 */
final class CashiWebhook implements SignedNotification {

    static final String PATH = "/webhooks/cashi";
    private static final String SECRET = "sandbox-cashi-webhook-secret";

    @Override
    public String gateway() {
        return "cashi";
    }

    @Override
    public HttpRequest paid(String kasirBaseUrl, SeededPayment payment) {
        String body = "{\"event\":\"PAYMENT_SETTLED\",\"data\":{\"order_id\":\"" + payment.reference() + "\","
                + "\"status\":\"SETTLED\",\"amount\":" + payment.amountToPay().stripTrailingZeros().toPlainString() + ","
                + "\"provider_tx_id\":\"TX" + payment.id().replace("-", "").substring(0, 16) + "\","
                + "\"settled_at\":\"" + Instant.now().truncatedTo(ChronoUnit.MILLIS) + "\"}}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(kasirBaseUrl + PATH))
                .header("Content-Type", "application/json")
                .header("User-Agent", "Cashi-Webhook/bench")
                .header("X-Signature", hmacSha256Hex(bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
    }

    @Override
    public boolean acknowledged(int httpStatus) {
        return httpStatus == 200;
    }

    private static String hmacSha256Hex(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
