package id.kasir.adapters.persistence.merchant;

import id.kasir.application.merchant.IdempotencyKeys;
import id.kasir.domain.payment.PaymentId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * Idempotency-Keys on MyBatis, stored per API key by the SHA-256 of the key (a fixed-length, case-exact
 * key whatever the merchant sends): the primary key is (api_key_id, key_hash). Claiming is an insert:
 * of two requests racing with one key, the database lets exactly one in.
 */
@Repository
public class MyBatisIdempotencyKeys implements IdempotencyKeys {

    private final IdempotencyKeyMapper mapper;

    MyBatisIdempotencyKeys(IdempotencyKeyMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Stored> claim(long apiKeyId, String key, String fingerprint, Instant now) {
        IdempotencyKeyRow row = new IdempotencyKeyRow();
        row.apiKeyId = apiKeyId;
        row.keyHash = hashOf(key);
        row.fingerprint = fingerprint;
        row.createdAt = now;
        try {
            mapper.insert(row);
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            IdempotencyKeyRow stored = mapper.byKey(apiKeyId, row.keyHash);
            if (stored == null) {
                // Released between our insert and our read: the key is free again, so claim it once more.
                return claim(apiKeyId, key, fingerprint, now);
            }
            return Optional.of(new Stored(key, stored.fingerprint,
                    stored.paymentId == null ? null : new PaymentId(stored.paymentId), stored.createdAt));
        }
    }

    @Override
    public void attach(long apiKeyId, String key, PaymentId paymentId) {
        mapper.attach(apiKeyId, hashOf(key), paymentId.value());
    }

    @Override
    public void release(long apiKeyId, String key, String fingerprint) {
        mapper.release(apiKeyId, hashOf(key), fingerprint);
    }

    @Override
    public int deleteStoredBefore(Instant cutoff, int limit) {
        return mapper.deleteStoredBefore(cutoff, limit);
    }

    static String hashOf(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
