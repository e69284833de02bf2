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
 * @param claimDuration  how long a node's claim on a row holds before another node may take it over;
 *                       renewed just before each send, so it must outlast one send: longer than
 *                       connectTimeout + readTimeout (default: that plus 5 s, 20 s in all). A node that
 *                       dies mid-delivery has its rows re-sent (same event id) by another node within
 *                       claimDuration + pollInterval (25 s with the defaults; docs/scaling.md)
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
        Duration oneSend = connectTimeout.plus(readTimeout);
        claimDuration = claimDuration == null ? oneSend.plus(CLAIM_MARGIN) : claimDuration;
        if (claimDuration.compareTo(oneSend) <= 0) {
            throw new IllegalArgumentException("kasir.merchant-notifications.claim-duration (" + claimDuration
                    + ") must be longer than connect-timeout + read-timeout (" + oneSend
                    + "), or another node could send a row while this one is still sending it");
        }
    }

    /** What a claim adds to one send's longest time (connect + read time-out), for the database round trips. */
    static final Duration CLAIM_MARGIN = Duration.ofSeconds(5);

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
