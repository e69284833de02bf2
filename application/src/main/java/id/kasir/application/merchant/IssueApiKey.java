package id.kasir.application.merchant;

import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * Issues API keys: {@code kasir_<env>_} + 32 bytes from {@link SecureRandom}, URL-safe Base64 without
 * padding (43 characters). Only the hash and the visible prefix are stored; the plaintext is returned
 * once. Also makes sure the operator's bootstrap key (embedded default, {@code KASIR_API_KEY}) exists.
 */
public final class IssueApiKey {

    private static final int RANDOM_BYTES = 32;
    private final ApiKeys keys;
    private final AuditTrail audit;
    private final Clock clock;
    private final String environment;
    private final SecureRandom random = new SecureRandom();

    public IssueApiKey(ApiKeys keys, AuditTrail audit, Clock clock, String environment) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
        this.environment = ApiKeyFormat.requireEnvironment(environment);
    }

    public IssuedApiKey issue(String name, Actor issuedBy, String sourceAddress) {
        String cleanName = requireName(name);
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String plaintext = "kasir_" + environment + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey stored = keys.add(cleanName, ApiKeyFormat.prefixOf(plaintext), ApiKeyFormat.hashOf(plaintext),
                clock.instant());
        audit.record(new AuditEntry(issuedBy, "api-key.issue", String.valueOf(stored.id()),
                "Issued API key '" + cleanName + "' (" + stored.prefix() + "…)", sourceAddress, clock.instant()));
        return new IssuedApiKey(stored, plaintext);
    }

    /**
     * Makes sure an active key with exactly this value exists (stores it under {@code name} if not).
     * A key the operator revoked in the portal is not brought back: that would undo the revocation.
     *
     * @return true when the key was stored now
     */
    public boolean ensureExists(String plaintext, String name) {
        if (plaintext == null || plaintext.isBlank()) {
            return false;
        }
        if (plaintext.length() < ApiKeyFormat.MINIMUM_LENGTH || !plaintext.strip().equals(plaintext)) {
            throw new DomainRuleViolation("The bootstrap API key must be at least " + ApiKeyFormat.MINIMUM_LENGTH
                    + " characters without surrounding spaces");
        }
        String hash = ApiKeyFormat.hashOf(plaintext);
        boolean known = keys.byPrefix(ApiKeyFormat.prefixOf(plaintext)).stream()
                .anyMatch(k -> ApiKeyHashes.equal(k.hash(), hash));
        if (known) {
            return false;
        }
        ApiKey stored = keys.add(requireName(name), ApiKeyFormat.prefixOf(plaintext), hash, clock.instant());
        audit.record(new AuditEntry(Actor.system("bootstrap"), "api-key.issue", String.valueOf(stored.id()),
                "Stored the configured bootstrap API key '" + stored.name() + "' (" + stored.prefix() + "…)", null,
                clock.instant()));
        return true;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new DomainRuleViolation("An API key needs a name of 1 to 64 characters");
        }
        return name.strip();
    }
}
