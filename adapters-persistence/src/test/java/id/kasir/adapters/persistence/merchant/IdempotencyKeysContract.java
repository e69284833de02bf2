package id.kasir.adapters.persistence.merchant;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.merchant.IdempotencyKeys;
import id.kasir.domain.payment.PaymentId;
import java.time.Duration;
import java.time.Instant;
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
    private static final long SHOP = 7;
    private static final long POS = 8;

    @Test
    void theFirstClaimWinsAndLaterOnesSeeWhatItStored() {
        assertThat(keys.claim(SHOP, "key-1", FINGERPRINT, T0)).isEmpty();
        Optional<IdempotencyKeys.Stored> again = keys.claim(SHOP, "key-1", "b".repeat(64), T0.plusSeconds(1));

        assertThat(again).get().satisfies(s -> {
            assertThat(s.fingerprint()).isEqualTo(FINGERPRINT);
            assertThat(s.paymentId()).isNull();
            assertThat(s.createdAt()).isEqualTo(T0);
        });

        keys.attach(SHOP, "key-1", new PaymentId("pay-1"));
        assertThat(keys.claim(SHOP, "key-1", FINGERPRINT, T0)).get()
                .satisfies(s -> assertThat(s.paymentId()).isEqualTo(new PaymentId("pay-1")));
    }

    @Test
    void keysDifferingOnlyInCaseAreDifferentKeys() {
        assertThat(keys.claim(SHOP, "Key-ABC", FINGERPRINT, T0)).isEmpty();
        assertThat(keys.claim(SHOP, "key-abc", FINGERPRINT, T0)).isEmpty();
        assertThat(keys.claim(SHOP, "k".repeat(255), FINGERPRINT, T0)).isEmpty();
    }

    @Test
    void releasesOnlyAnUnattachedClaimWithTheSameFingerprint() {
        keys.claim(SHOP, "key-1", FINGERPRINT, T0);
        keys.release(SHOP, "key-1", "b".repeat(64));
        assertThat(keys.claim(SHOP, "key-1", FINGERPRINT, T0)).isPresent();

        keys.release(SHOP, "key-1", FINGERPRINT);
        assertThat(keys.claim(SHOP, "key-1", FINGERPRINT, T0)).as("released, so claimed afresh").isEmpty();

        keys.attach(SHOP, "key-1", new PaymentId("pay-1"));
        keys.release(SHOP, "key-1", FINGERPRINT);
        assertThat(keys.claim(SHOP, "key-1", FINGERPRINT, T0)).isPresent();
    }

    @Test
    void theSameKeyOfTwoApiKeysIsTwoKeysThatNeverSeeEachOther() {
        assertThat(keys.claim(SHOP, "order-2026-0001", FINGERPRINT, T0)).isEmpty();
        keys.attach(SHOP, "order-2026-0001", new PaymentId("pay-shop"));

        assertThat(keys.claim(POS, "order-2026-0001", "b".repeat(64), T0)).as("another API key's key").isEmpty();
        keys.attach(POS, "order-2026-0001", new PaymentId("pay-pos"));
        keys.release(POS, "order-2026-0001", FINGERPRINT);

        assertThat(keys.claim(SHOP, "order-2026-0001", FINGERPRINT, T0)).get()
                .satisfies(s -> assertThat(s.paymentId()).isEqualTo(new PaymentId("pay-shop")));
        assertThat(keys.claim(POS, "order-2026-0001", FINGERPRINT, T0)).get()
                .satisfies(s -> {
                    assertThat(s.paymentId()).isEqualTo(new PaymentId("pay-pos"));
                    assertThat(s.fingerprint()).isEqualTo("b".repeat(64));
                });
    }

    @Test
    void deletesOnlyKeysStoredBeforeTheCutoffInBoundedBatches() {
        for (int i = 0; i < 5; i++) {
            keys.claim(SHOP, "old-" + i, FINGERPRINT, T0.minus(Duration.ofDays(40 - i)));
        }
        keys.claim(POS, "old-pos", FINGERPRINT, T0.minus(Duration.ofDays(31)));
        keys.claim(SHOP, "at-cutoff", FINGERPRINT, T0.minus(Duration.ofDays(30)));
        keys.claim(SHOP, "recent", FINGERPRINT, T0.minus(Duration.ofDays(1)));
        Instant cutoff = T0.minus(Duration.ofDays(30));

        assertThat(keys.deleteStoredBefore(cutoff, 4)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_keys", Integer.class))
                .as("two old keys wait for the next batch").isEqualTo(4);
        assertThat(keys.deleteStoredBefore(cutoff, 4)).isEqualTo(2);
        assertThat(keys.deleteStoredBefore(cutoff, 4)).isZero();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_keys", Integer.class)).isEqualTo(2);
        assertThat(keys.claim(SHOP, "at-cutoff", "b".repeat(64), T0)).as("kept: not before the cutoff").isPresent();
        assertThat(keys.claim(SHOP, "recent", "b".repeat(64), T0)).isPresent();
        assertThat(keys.claim(POS, "old-pos", "b".repeat(64), T0)).as("deleted, so claimed afresh").isEmpty();
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
                    return keys.claim(SHOP, "raced-key", FINGERPRINT, T0);
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
