package id.kasir.adapters.persistence.merchant;

import java.time.Instant;

/** One row of {@code idempotency_keys}. */
class IdempotencyKeyRow {
    long apiKeyId;
    String keyHash;
    String fingerprint;
    String paymentId;
    Instant createdAt;
}
