package id.kasir.application.merchant;

import id.kasir.domain.payment.PaymentId;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code Idempotency-Key}s merchants sent with payment requests, each scoped to the API key that
 * sent it: (API key, Idempotency-Key) → fingerprint of the request → the payment it made. Two API keys
 * using the same Idempotency-Key never see each other's requests. The pair is unique in the store, so
 * two requests racing with one key cannot both claim it. Keys are kept for a retention period, then
 * pruned ({@link PruneIdempotencyKeys}).
 */
public interface IdempotencyKeys {

    /** What is stored for a key. {@code paymentId} is null while the first request is still being served. */
    record Stored(String key, String fingerprint, PaymentId paymentId, Instant createdAt) {
    }

    /**
     * Claims the key, for the API key {@code apiKeyId}, for a request with this fingerprint.
     *
     * @return empty when this call stored the key; what was already stored otherwise
     */
    Optional<Stored> claim(long apiKeyId, String key, String fingerprint, Instant now);

    /** Records the payment the claimed key's request made. */
    void attach(long apiKeyId, String key, PaymentId paymentId);

    /** Forgets a claim whose request made no payment (it was refused), so the merchant may correct it and retry. */
    void release(long apiKeyId, String key, String fingerprint);

    /**
     * Deletes at most {@code limit} keys (of any API key) stored before {@code cutoff}, oldest first.
     *
     * @return how many were deleted; less than {@code limit} means none older is left
     */
    int deleteStoredBefore(Instant cutoff, int limit);
}
