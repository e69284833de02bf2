package id.kasir.application.merchant;

import id.kasir.domain.payment.PaymentId;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code Idempotency-Key}s merchants sent with payment requests: key → fingerprint of the request
 * → the payment it made. The key is unique in the store, so two requests racing with one key cannot
 * both claim it.
 */
public interface IdempotencyKeys {

    /** What is stored for a key. {@code paymentId} is null while the first request is still being served. */
    record Stored(String key, String fingerprint, PaymentId paymentId, Instant createdAt) {
    }

    /**
     * Claims the key for a request with this fingerprint.
     *
     * @return empty when this call stored the key; what was already stored otherwise
     */
    Optional<Stored> claim(String key, String fingerprint, Instant now);

    /** Records the payment the claimed key's request made. */
    void attach(String key, PaymentId paymentId);

    /** Forgets a claim whose request made no payment (it was refused), so the merchant may correct it and retry. */
    void release(String key, String fingerprint);
}
