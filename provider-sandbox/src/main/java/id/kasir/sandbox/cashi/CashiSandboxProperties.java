package id.kasir.sandbox.cashi;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The simulated Cashi's settings, under {@code kasir.sandbox.cashi.*}. Defaults are the sandbox
 * credentials the embedded Kasir is configured with.
 *
 * @param apiKey              the merchant's API key Cashi expects on every API call
 * @param apiKeyHeader        the header it is sent in (Cashi's document does not name one)
 * @param webhookSecret       HMAC-SHA256 key for webhook signatures; set it to an empty value for unsigned webhooks
 * @param signatureHeader     the header carrying the webhook signature
 * @param signaturePrefix     put before the hex signature, e.g. {@code sha256=}; empty by default
 * @param webhookPath         appended to {@code kasir.sandbox.merchant-base-url} to reach the merchant's webhook
 * @param qrLifetime          how long an order's QR can be paid
 * @param minimumAmount       the smallest amount create-order accepts, in rupiah
 * @param webhookAttempts     deliveries tried per notification until the merchant answers 200
 * @param webhookRetryBackoff wait before the first retry; doubled before each further one
 */
@ConfigurationProperties("kasir.sandbox.cashi")
public record CashiSandboxProperties(String apiKey, String apiKeyHeader, String webhookSecret, String signatureHeader,
                                     String signaturePrefix, String webhookPath, Duration qrLifetime, Long minimumAmount,
                                     Integer webhookAttempts, Duration webhookRetryBackoff) {

    public CashiSandboxProperties {
        apiKey = orDefault(apiKey, "sandbox-cashi-key");
        apiKeyHeader = orDefault(apiKeyHeader, "x-api-key");
        // null = not configured: the sandbox secret; an explicit empty value = unsigned webhooks.
        webhookSecret = webhookSecret == null ? "sandbox-cashi-webhook-secret" : webhookSecret.trim();
        signatureHeader = orDefault(signatureHeader, "X-Signature");
        signaturePrefix = signaturePrefix == null ? "" : signaturePrefix.trim();
        webhookPath = orDefault(webhookPath, "/webhooks/cashi");
        if (!webhookPath.startsWith("/")) {
            webhookPath = "/" + webhookPath;
        }
        qrLifetime = qrLifetime == null ? Duration.ofMinutes(10) : qrLifetime;
        if (qrLifetime.isNegative() || qrLifetime.isZero()) {
            throw new IllegalArgumentException("kasir.sandbox.cashi.qr-lifetime must be positive");
        }
        minimumAmount = minimumAmount == null ? 2000L : minimumAmount;
        if (minimumAmount < 1) {
            throw new IllegalArgumentException("kasir.sandbox.cashi.minimum-amount must be at least 1");
        }
        webhookAttempts = webhookAttempts == null ? 4 : webhookAttempts;
        if (webhookAttempts < 1) {
            throw new IllegalArgumentException("kasir.sandbox.cashi.webhook-attempts must be at least 1");
        }
        webhookRetryBackoff = webhookRetryBackoff == null ? Duration.ofSeconds(2) : webhookRetryBackoff;
        if (webhookRetryBackoff.isNegative()) {
            throw new IllegalArgumentException("kasir.sandbox.cashi.webhook-retry-backoff must not be negative");
        }
    }

    /** Whether webhooks carry a signature at all. */
    public boolean signsWebhooks() {
        return !webhookSecret.isEmpty();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
