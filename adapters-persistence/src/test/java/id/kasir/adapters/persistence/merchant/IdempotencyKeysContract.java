package id.kasir.adapters.persistence.merchant;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.merchant.IdempotencyKeys;
import id.kasir.domain.payment.PaymentId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the {@link IdempotencyKeys} repository must do; run against H2 and MySQL by the subclasses. */
abstract class IdempotencyKeysContract extends MerchantTablesContract {

    @Autowired
    IdempotencyKeys keys;

    private static final String FINGERPRINT = "a".repeat(64);

    @Test
    void theFirstClaimWinsAndLaterOnesSeeWhatItStored() {
        assertThat(keys.claim("key-1", FINGERPRINT, T0)).isEmpty();
        Optional<IdempotencyKeys.Stored> again = keys.claim("key-1", "b".repeat(64), T0.plusSeconds(1));

        assertThat(again).get().satisfies(s -> {
            assertThat(s.fingerprint()).isEqualTo(FINGERPRINT);
            assertThat(s.paymentId()).isNull();
            assertThat(s.createdAt()).isEqualTo(T0);
        });

        keys.attach("key-1", new PaymentId("pay-1"));
        assertThat(keys.claim("key-1", FINGERPRINT, T0)).get()
                .satisfies(s -> assertThat(s.paymentId()).isEqualTo(new PaymentId("pay-1")));
    }

    @Test
    void keysDifferingOnlyInCaseAreDifferentKeys() {
        assertThat(keys.claim("Key-ABC", FINGERPRINT, T0)).isEmpty();
        assertThat(keys.claim("key-abc", FINGERPRINT, T0)).isEmpty();
        assertThat(keys.claim("k".repeat(255), FINGERPRINT, T0)).isEmpty();
    }

    @Test
    void releasesOnlyAnUnattachedClaimWithTheSameFingerprint() {
        keys.claim("key-1", FINGERPRINT, T0);
        keys.release("key-1", "b".repeat(64));
        assertThat(keys.claim("key-1", FINGERPRINT, T0)).isPresent();

        keys.release("key-1", FINGERPRINT);
        assertThat(keys.claim("key-1", FINGERPRINT, T0)).as("released, so claimed afresh").isEmpty();

        keys.attach("key-1", new PaymentId("pay-1"));
        keys.release("key-1", FINGERPRINT);
        assertThat(keys.claim("key-1", FINGERPRINT, T0)).isPresent();
    }

    @Test
    void ofManyConcurrentClaimsOfOneKeyExactlyOneWins() throws Exception {
        int claimants = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(claimants);
        try {
            List<Future<Optional<IdempotencyKeys.Stored>>> results = new ArrayList<>();
            for (int i = 0; i < claimants; i++) {
                Callable<Optional<IdempotencyKeys.Stored>> claim = () -> {
                    start.await();
                    return keys.claim("raced-key", FINGERPRINT, T0);
                };
                results.add(pool.submit(claim));
            }
            start.countDown();
            int winners = 0;
            for (Future<Optional<IdempotencyKeys.Stored>> result : results) {
                winners += result.get().isEmpty() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
