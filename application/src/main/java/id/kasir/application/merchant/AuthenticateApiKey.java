package id.kasir.application.merchant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a presented API key: finds the stored keys with its visible prefix and compares hashes in
 * constant time. Records when a key was last used, at most once a minute per key, so that a busy
 * merchant does not turn every API call into a database write.
 */
public final class AuthenticateApiKey {

    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);
    private static final int LONGEST_KEY = 256;
    private final ApiKeys keys;
    private final Clock clock;

    public AuthenticateApiKey(ApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The active key the caller presented, or empty when it is missing, unknown or revoked. */
    public Optional<ApiKey> authenticate(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > LONGEST_KEY) {
            return Optional.empty();
        }
        String hash = ApiKeyFormat.hashOf(presented);
        Optional<ApiKey> match = Optional.empty();
        // Compare with every candidate, not stopping at the first match: the time taken does not depend on which one matched.
        for (ApiKey candidate : keys.byPrefix(ApiKeyFormat.prefixOf(presented))) {
            if (ApiKeyHashes.equal(candidate.hash(), hash) && candidate.isActive()) {
                match = Optional.of(candidate);
            }
        }
        match.ifPresent(this::noteUse);
        return match;
    }

    private void noteUse(ApiKey key) {
        Instant now = clock.instant();
        if (key.lastUsedAt() == null || !key.lastUsedAt().plus(LAST_USED_RESOLUTION).isAfter(now)) {
            keys.markUsed(key.id(), now);
        }
    }
}
