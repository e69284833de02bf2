package id.kasir.application.testing;

import id.kasir.application.merchant.IdempotencyKeys;
import id.kasir.domain.payment.PaymentId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Idempotency keys in memory; the map's atomic putIfAbsent stands in for the database's unique key. */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private final Map<String, Stored> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<Stored> claim(String key, String fingerprint, Instant now) {
        return Optional.ofNullable(keys.putIfAbsent(key, new Stored(key, fingerprint, null, now)));
    }

    @Override
    public void attach(String key, PaymentId paymentId) {
        keys.computeIfPresent(key, (k, s) -> new Stored(k, s.fingerprint(), paymentId, s.createdAt()));
    }

    @Override
    public void release(String key, String fingerprint) {
        keys.computeIfPresent(key, (k, s) -> s.paymentId() == null && s.fingerprint().equals(fingerprint) ? null : s);
    }

    public Optional<Stored> get(String key) {
        return Optional.ofNullable(keys.get(key));
    }
}
