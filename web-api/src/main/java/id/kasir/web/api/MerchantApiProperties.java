package id.kasir.web.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kasir.api.*}: the merchant API.
 *
 * @param bootstrapKey   an API key to make sure exists at startup (named "bootstrap"), so a newcomer can
 *                       curl at once; also read from {@code KASIR_API_KEY}. Empty: none. Never logged.
 * @param keyEnvironment the {@code <env>} in issued keys {@code kasir_<env>_…} (default {@code live})
 * @param pendingRetryAfter what {@code Retry-After} tells a merchant whose payment is still PENDING
 *                       because the gateway did not answer in time (default 10 s)
 * @param qrSize         the default width and height of {@code qr.png}, pixels (default 400)
 */
@ConfigurationProperties("kasir.api")
public record MerchantApiProperties(String bootstrapKey, String keyEnvironment, Duration pendingRetryAfter,
                                    Integer qrSize) {
    public MerchantApiProperties {
        bootstrapKey = bootstrapKey == null ? "" : bootstrapKey;
        keyEnvironment = keyEnvironment == null || keyEnvironment.isBlank() ? "live" : keyEnvironment;
        pendingRetryAfter = pendingRetryAfter == null ? Duration.ofSeconds(10) : pendingRetryAfter;
        qrSize = qrSize == null ? 400 : qrSize;
    }

    @Override
    public String toString() {
        return "MerchantApiProperties[bootstrapKey=" + (bootstrapKey.isEmpty() ? "" : "****") + ", keyEnvironment="
                + keyEnvironment + ", pendingRetryAfter=" + pendingRetryAfter + ", qrSize=" + qrSize + "]";
    }
}
