package id.kasir.web.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kasir.merchant-notifications.*}: where and how notifications reach the merchant's system.
 *
 * @param url            the merchant's endpoint; empty: rows are still written to the outbox, nothing is sent
 * @param secret         the HMAC-SHA256 key for {@code Kasir-Signature}; required when {@code url} is set
 * @param pollInterval   how often due rows are looked for (default 5 s)
 * @param connectTimeout (default 5 s)
 * @param readTimeout    how long the merchant's endpoint may take to answer (default 10 s)
 * @param maxAttempts    attempts before a row is DEAD (default 12)
 * @param batchSize      rows claimed per run (default 10)
 * @param claimDuration  how long a node holds the rows it claimed (default 5 min; must outlast
 *                       batchSize × (connectTimeout + readTimeout))
 */
@ConfigurationProperties("kasir.merchant-notifications")
public record MerchantNotificationProperties(String url, String secret, Duration pollInterval,
                                             Duration connectTimeout, Duration readTimeout, Integer maxAttempts,
                                             Integer batchSize, Duration claimDuration) {
    public MerchantNotificationProperties {
        url = url == null ? "" : url.strip();
        secret = secret == null ? "" : secret;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        maxAttempts = maxAttempts == null ? 12 : maxAttempts;
        batchSize = batchSize == null ? 10 : batchSize;
        claimDuration = claimDuration == null ? Duration.ofMinutes(5) : claimDuration;
    }

    public boolean enabled() {
        return !url.isEmpty();
    }

    @Override
    public String toString() {
        return "MerchantNotificationProperties[url=" + url + ", secret=" + (secret.isEmpty() ? "" : "****")
                + ", pollInterval=" + pollInterval + ", connectTimeout=" + connectTimeout + ", readTimeout="
                + readTimeout + ", maxAttempts=" + maxAttempts + ", batchSize=" + batchSize + ", claimDuration="
                + claimDuration + "]";
    }
}
