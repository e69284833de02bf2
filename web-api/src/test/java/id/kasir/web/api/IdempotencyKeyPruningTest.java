package id.kasir.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.TestMerchantKasir;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scheduled task deletes keys past their retention and leaves the rest, however many there are. */
class IdempotencyKeyPruningTest {

    private final TestMerchantKasir kasir = new TestMerchantKasir(new FakePaymentGateway("cashin"));

    @Test
    void deletesKeysOlderThanTheRetentionInBatchesAndKeepsTheRest() {
        Instant now = kasir.clock.instant();
        for (int i = 0; i < 2_500; i++) {
            kasir.idempotencyKeys.claim(i % 3, "old-" + i, "f", now.minus(Duration.ofDays(31)));
        }
        kasir.idempotencyKeys.claim(1, "young", "f", now.minus(Duration.ofDays(29)));
        List<Integer> progress = new ArrayList<>();

        int deleted = kasir.pruneIdempotencyKeys.pruneExpired(progress::add);
        new IdempotencyKeyPruning(kasir.pruneIdempotencyKeys).pruneExpired();

        assertThat(deleted).isEqualTo(2_500);
        assertThat(progress).containsExactly(1_000, 2_000, 2_500);
        assertThat(kasir.idempotencyKeys.size()).isEqualTo(1);
        assertThat(kasir.idempotencyKeys.get(1, "young")).isPresent();
    }
}
