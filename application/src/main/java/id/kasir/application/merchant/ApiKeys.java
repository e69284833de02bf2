package id.kasir.application.merchant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where API keys are kept (repository port). Holds hashes only. */
public interface ApiKeys {

    /**
     * Stores a new active key and returns it with its id. The hash is unique: when it is already
     * stored (two nodes storing the bootstrap key at once), returns the stored key instead.
     */
    ApiKey add(String name, String prefix, String hash, Instant createdAt);

    /** Every key (active or revoked) with this visible prefix; usually one. */
    List<ApiKey> byPrefix(String prefix);

    Optional<ApiKey> byId(long id);

    /** Newest first. */
    List<ApiKey> all();

    /** Revokes an active key; false when there is no such key or it was already revoked. */
    boolean revoke(long id, Instant at);

    void markUsed(long id, Instant at);
}
