package id.kasir.adapters.cashi;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Cashi adapter, {@code kasir.providers.cashi.*}. The defaults point at the
 * in-process sandbox with its credentials, so the embedded default runs with no configuration.
 *
 * @param enabled                whether the gateway is offered at all
 * @param baseUrl                where {@code /api/create-order} and {@code /api/check-status/…} live
 * @param apiKey                 the merchant's API key (a secret: never logged)
 * @param apiKeyHeader           the header that carries it (Cashi's document is silent; integrations use {@code x-api-key})
 * @param webhookSecret          HMAC-SHA256 secret of the webhook; empty = webhooks are unsigned and never trusted by themselves
 * @param webhookSignatureHeader the header carrying the hex HMAC (a {@code sha256=} prefix is tolerated)
 * @param qrLifetime             how long Cashi's QR lives; a payment should not be meant to outlive it
 * @param connectTimeout         TCP connect time-out of outbound calls
 * @param readTimeout            how long to wait for Cashi's answer before the outcome is "unknown"
 * @param queryAttempts          how often a status check is tried (checks are safe to repeat; create never is)
 */
@ConfigurationProperties("kasir.providers.cashi")
public record CashiProperties(
        Boolean enabled,
        String baseUrl,
        String apiKey,
        String apiKeyHeader,
        String webhookSecret,
        String webhookSignatureHeader,
        Duration qrLifetime,
        Duration connectTimeout,
        Duration readTimeout,
        Integer queryAttempts) {

    public static final String DEFAULT_BASE_URL = "http://localhost:8080/sandbox/cashi";
    public static final String SANDBOX_API_KEY = "sandbox-cashi-key";
    public static final String SANDBOX_WEBHOOK_SECRET = "sandbox-cashi-webhook-secret";

    public CashiProperties {
        enabled = enabled == null || enabled;
        baseUrl = blankToDefault(baseUrl, DEFAULT_BASE_URL);
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        URI.create(baseUrl); // fails at start-up, not at the first payment
        apiKey = apiKey == null ? SANDBOX_API_KEY : apiKey;
        apiKeyHeader = blankToDefault(apiKeyHeader, "x-api-key");
        // null = not configured: the sandbox's secret; an explicit empty value switches signing off.
        webhookSecret = webhookSecret == null ? SANDBOX_WEBHOOK_SECRET : webhookSecret;
        webhookSignatureHeader = blankToDefault(webhookSignatureHeader, "X-Signature");
        qrLifetime = positiveOrDefault(qrLifetime, Duration.ofMinutes(10), "qr-lifetime");
        connectTimeout = positiveOrDefault(connectTimeout, Duration.ofSeconds(5), "connect-timeout");
        readTimeout = positiveOrDefault(readTimeout, Duration.ofSeconds(20), "read-timeout");
        queryAttempts = queryAttempts == null ? 3 : queryAttempts;
        if (queryAttempts < 1) {
            throw new IllegalArgumentException("kasir.providers.cashi.query-attempts must be at least 1");
        }
    }

    /** The defaults: the in-process sandbox. */
    public static CashiProperties defaults() {
        return new CashiProperties(null, null, null, null, null, null, null, null, null, null);
    }

    public boolean signsWebhooks() {
        return !webhookSecret.isEmpty();
    }

    public CashiProperties withBaseUrl(String url) {
        return new CashiProperties(enabled, url, apiKey, apiKeyHeader, webhookSecret, webhookSignatureHeader,
                qrLifetime, connectTimeout, readTimeout, queryAttempts);
    }

    public CashiProperties withWebhookSecret(String secret) {
        return new CashiProperties(enabled, baseUrl, apiKey, apiKeyHeader, secret, webhookSignatureHeader,
                qrLifetime, connectTimeout, readTimeout, queryAttempts);
    }

    public CashiProperties withReadTimeout(Duration timeout) {
        return new CashiProperties(enabled, baseUrl, apiKey, apiKeyHeader, webhookSecret, webhookSignatureHeader,
                qrLifetime, connectTimeout, timeout, queryAttempts);
    }

    public CashiProperties withQueryAttempts(int attempts) {
        return new CashiProperties(enabled, baseUrl, apiKey, apiKeyHeader, webhookSecret, webhookSignatureHeader,
                qrLifetime, connectTimeout, readTimeout, attempts);
    }

    @Override
    public String toString() {
        // Records print every component; the key and secret must never reach a log.
        return "CashiProperties[enabled=" + enabled + ", baseUrl=" + baseUrl + ", apiKeyHeader=" + apiKeyHeader
                + ", signsWebhooks=" + signsWebhooks() + ", webhookSignatureHeader=" + webhookSignatureHeader
                + ", qrLifetime=" + qrLifetime + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", queryAttempts=" + queryAttempts + "]";
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static Duration positiveOrDefault(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("kasir.providers.cashi." + name + " must be positive");
        }
        return value;
    }
}
