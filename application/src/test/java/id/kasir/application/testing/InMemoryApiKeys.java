package id.kasir.application.testing;

import id.kasir.application.merchant.ApiKey;
import id.kasir.application.merchant.ApiKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** API keys in memory (hashes only, as in the database). */
public final class InMemoryApiKeys implements ApiKeys {

    private final List<ApiKey> keys = new ArrayList<>();

    @Override
    public synchronized ApiKey add(String name, String prefix, String hash, Instant createdAt) {
        Optional<ApiKey> stored = keys.stream().filter(k -> k.hash().equals(hash)).findFirst();
        if (stored.isPresent()) {
            return stored.get();
        }
        ApiKey key = new ApiKey(keys.size() + 1L, name, prefix, hash, createdAt, null, null);
        keys.add(key);
        return key;
    }

    @Override
    public synchronized List<ApiKey> byPrefix(String prefix) {
        return keys.stream().filter(k -> k.prefix().equals(prefix)).toList();
    }

    @Override
    public synchronized Optional<ApiKey> byId(long id) {
        return id < 1 || id > keys.size() ? Optional.empty() : Optional.of(keys.get((int) id - 1));
    }

    @Override
    public synchronized List<ApiKey> all() {
        return keys.stream().sorted(Comparator.comparingLong(ApiKey::id).reversed()).toList();
    }

    @Override
    public synchronized boolean revoke(long id, Instant at) {
        Optional<ApiKey> key = byId(id);
        if (key.isEmpty() || !key.get().isActive()) {
            return false;
        }
        ApiKey k = key.get();
        keys.set((int) id - 1, new ApiKey(k.id(), k.name(), k.prefix(), k.hash(), k.createdAt(), at, k.lastUsedAt()));
        return true;
    }

    @Override
    public synchronized void markUsed(long id, Instant at) {
        byId(id).ifPresent(k -> keys.set((int) id - 1,
                new ApiKey(k.id(), k.name(), k.prefix(), k.hash(), k.createdAt(), k.revokedAt(), at)));
    }
}
