package id.kasir.application.merchant;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored API key: never the key itself, only its SHA-256 hash and a short visible prefix so people
 * can tell keys apart in the portal.
 */
public record ApiKey(long id, String name, String prefix, String hash, Instant createdAt, Instant revokedAt,
                     Instant lastUsedAt) {

    public ApiKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Optional<Instant> lastUsed() {
        return Optional.ofNullable(lastUsedAt);
    }
}
