package id.kasir.web.api;

import id.kasir.application.merchant.ApiKey;
import id.kasir.application.merchant.ApiKeys;
import id.kasir.application.merchant.IdempotencyKeys;
import id.kasir.domain.payment.PaymentId;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Stands in for Kasir's database going away: while {@link #start()}ed, the wrapped stores throw what
 * Spring's JDBC layer throws when no connection can be had (a pool time-out).
 */
final class StoreOutage {

    enum Store { API_KEYS, IDEMPOTENCY_KEYS }

    private final Set<Store> down = EnumSet.noneOf(Store.class);

    synchronized void start(Store... stores) {
        down.addAll(List.of(stores));
    }

    synchronized void end() {
        down.clear();
    }

    private synchronized void check(Store store) {
        if (down.contains(store)) {
            throw new DataAccessResourceFailureException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));
        }
    }

    ApiKeys apiKeys(ApiKeys store) {
        return new ApiKeys() {
            @Override
            public ApiKey add(String name, String prefix, String hash, Instant createdAt) {
                check(Store.API_KEYS);
                return store.add(name, prefix, hash, createdAt);
            }

            @Override
            public List<ApiKey> byPrefix(String prefix) {
                check(Store.API_KEYS);
                return store.byPrefix(prefix);
            }

            @Override
            public Optional<ApiKey> byId(long id) {
                check(Store.API_KEYS);
                return store.byId(id);
            }

            @Override
            public List<ApiKey> all() {
                check(Store.API_KEYS);
                return store.all();
            }

            @Override
            public boolean revoke(long id, Instant at) {
                check(Store.API_KEYS);
                return store.revoke(id, at);
            }

            @Override
            public void markUsed(long id, Instant at) {
                check(Store.API_KEYS);
                store.markUsed(id, at);
            }
        };
    }

    IdempotencyKeys idempotencyKeys(IdempotencyKeys store) {
        return new IdempotencyKeys() {
            @Override
            public Optional<Stored> claim(long apiKeyId, String key, String fingerprint, Instant now) {
                check(Store.IDEMPOTENCY_KEYS);
                return store.claim(apiKeyId, key, fingerprint, now);
            }

            @Override
            public void attach(long apiKeyId, String key, PaymentId paymentId) {
                check(Store.IDEMPOTENCY_KEYS);
                store.attach(apiKeyId, key, paymentId);
            }

            @Override
            public void release(long apiKeyId, String key, String fingerprint) {
                check(Store.IDEMPOTENCY_KEYS);
                store.release(apiKeyId, key, fingerprint);
            }

            @Override
            public int deleteStoredBefore(Instant cutoff, int limit) {
                check(Store.IDEMPOTENCY_KEYS);
                return store.deleteStoredBefore(cutoff, limit);
            }
        };
    }
}
