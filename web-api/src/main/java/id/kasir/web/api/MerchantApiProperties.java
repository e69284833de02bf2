package id.kasir.web.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code kasir.api.*}: the merchant API.
 *
 * @param bootstrapKey   an API key to make sure exists at startup (named "bootstrap"), so a newcomer can
 *                       curl at once; also read from {@code KASIR_API_KEY}. Empty: none. Never logged.
 * @param keyEnvironment the {@code <env>} in issued keys {@code kasir_<env>_…} (default {@code live})
 * @param pendingRetryAfter what {@code Retry-After} tells a merchant whose payment is still PENDING
 *                       because the gateway did not answer in time (default 10 s)
 * @param qrSize         the default width and height of {@code qr.png}, pixels (default 400)
 * @param maxBodySize    the largest request body the API reads; larger is 413 (default 64 KiB, at least 1 KiB)
 * @param idempotencyKeys how long Idempotency-Keys are kept and how often the old ones are pruned
 */
@ConfigurationProperties("kasir.api")
public record MerchantApiProperties(String bootstrapKey, String keyEnvironment, Duration pendingRetryAfter,
                                    Integer qrSize, DataSize maxBodySize, IdempotencyKeys idempotencyKeys) {

    /**
     * {@code kasir.api.idempotency-keys.*}.
     *
     * @param retention     how long a key is kept after its first use (default 30 days)
     * @param pruneInterval how often keys older than that are deleted, on one node at a time (default 1 h)
     */
    public record IdempotencyKeys(Duration retention, Duration pruneInterval) {
        public IdempotencyKeys {
            retention = retention == null ? Duration.ofDays(30) : retention;
            pruneInterval = pruneInterval == null ? Duration.ofHours(1) : pruneInterval;
            if (retention.compareTo(Duration.ofDays(1)) < 0) {
                throw new IllegalArgumentException("kasir.api.idempotency-keys.retention must be at least 1 day "
                        + "(a merchant's retry must still find its key), not " + retention);
            }
        }
    }

    public MerchantApiProperties {
        bootstrapKey = bootstrapKey == null ? "" : bootstrapKey;
        keyEnvironment = keyEnvironment == null || keyEnvironment.isBlank() ? "live" : keyEnvironment;
        pendingRetryAfter = pendingRetryAfter == null ? Duration.ofSeconds(10) : pendingRetryAfter;
        qrSize = qrSize == null ? 400 : qrSize;
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(64) : maxBodySize;
        if (maxBodySize.toBytes() < 1024 || maxBodySize.toBytes() > DataSize.ofMegabytes(16).toBytes()) {
            throw new IllegalArgumentException("kasir.api.max-body-size must be between 1KB and 16MB, not " + maxBodySize);
        }
        idempotencyKeys = idempotencyKeys == null ? new IdempotencyKeys(null, null) : idempotencyKeys;
    }

    @Override
    public String toString() {
        return "MerchantApiProperties[bootstrapKey=" + (bootstrapKey.isEmpty() ? "" : "****") + ", keyEnvironment="
                + keyEnvironment + ", pendingRetryAfter=" + pendingRetryAfter + ", qrSize=" + qrSize + ", maxBodySize="
                + maxBodySize + ", idempotencyKeys=" + idempotencyKeys + "]";
    }
}
