package id.kasir.adapters.persistence.merchant;

import id.kasir.application.merchant.ApiKey;
import java.time.Instant;

/** One row of {@code api_keys}. */
class ApiKeyRow {
    Long id;
    String name;
    String prefix;
    String keyHash;
    Instant createdAt;
    Instant revokedAt;
    Instant lastUsedAt;

    ApiKey toApiKey() {
        return new ApiKey(id, name, prefix, keyHash, createdAt, revokedAt, lastUsedAt);
    }
}
