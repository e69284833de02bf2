package id.kasir.application.testing;

import id.kasir.application.merchant.IdempotencyKeys;
import id.kasir.domain.payment.PaymentId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Idempotency keys in memory, per API key; the map's atomic putIfAbsent stands in for the database's
 * unique key (api_key_id, key).
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private record Owned(long apiKeyId, String key) {
    }

    private final Map<Owned, Stored> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<Stored> claim(long apiKeyId, String key, String fingerprint, Instant now) {
        return Optional.ofNullable(keys.putIfAbsent(new Owned(apiKeyId, key), new Stored(key, fingerprint, null, now)));
    }

    @Override
    public void attach(long apiKeyId, String key, PaymentId paymentId) {
        keys.computeIfPresent(new Owned(apiKeyId, key), (k, s) -> new Stored(key, s.fingerprint(), paymentId, s.createdAt()));
    }

    @Override
    public void release(long apiKeyId, String key, String fingerprint) {
        keys.computeIfPresent(new Owned(apiKeyId, key),
                (k, s) -> s.paymentId() == null && s.fingerprint().equals(fingerprint) ? null : s);
    }

    @Override
    public synchronized int deleteStoredBefore(Instant cutoff, int limit) {
        var oldest = keys.entrySet().stream().filter(e -> e.getValue().createdAt().isBefore(cutoff))
                .sorted(Comparator.comparing(e -> e.getValue().createdAt())).limit(limit).map(Map.Entry::getKey).toList();
        oldest.forEach(keys::remove);
        return oldest.size();
    }

    public Optional<Stored> get(long apiKeyId, String key) {
        return Optional.ofNullable(keys.get(new Owned(apiKeyId, key)));
    }

    public int size() {
        return keys.size();
    }
}
