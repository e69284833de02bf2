package id.kasir.sandbox.cashi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.sandbox.store.SandboxStore;
import id.kasir.sandbox.store.TestDatabaseStore;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Cashi's book read back from the sandbox's table after a restart, on this JVM's own MariaDB database. */
class CashiOrderBookRestartTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T03:00:00Z"));
    private final CashiSandboxProperties properties =
            new CashiSandboxProperties(null, null, null, null, null, null, null, null, null, null);

    private CashiOrderBook startedOn(SandboxStore store) {
        CashiOrderBook book = new CashiOrderBook(clock, properties, new SplittableRandom(7));
        book.keepIn(store);
        return book;
    }

    private static CashiOrder open(CashiOrderBook book, String id, long amount) {
        return book.open(id, amount, orderId -> "http://pay/" + orderId, CashiQrisPayload::forOrder);
    }

    @Test
    void anOpenOrderIsStillPayableForTheSameAmountAfterARestartAndASettledOneStaysSettled() {
        CashiOrderBook before = startedOn(TestDatabaseStore.emptied());
        CashiOrder open = open(before, "KMX-OPEN-1", 15_000);
        CashiOrder settled = open(before, "KMX-PAID-1", 20_000);
        settled.settle(clock.instant(), settled::amountToPay, "31277571482", () -> false);
        settled.recordNotification(new CashiNotificationAttempt(clock.instant(), "SETTLED", 1, 200, null, false));
        CashiOrderView openBefore = open.view(clock.instant());

        CashiOrderBook after = startedOn(TestDatabaseStore.sameTable());

        CashiOrder reopened = after.find("KMX-OPEN-1").orElseThrow();
        assertThat(reopened.view(clock.instant())).isEqualTo(openBefore);
        assertThat(reopened.settle(clock.instant(), reopened::amountToPay, "31277571483", () -> false)).isTrue();
        CashiOrderView paid = after.find("31277571482").orElseThrow().view(clock.instant());
        assertThat(paid.orderId()).isEqualTo("KMX-PAID-1");
        assertThat(paid.status()).isEqualTo(CashiStatus.SETTLED);
        assertThat(paid.paidAmount()).isEqualTo(settled.amountToPay());
        assertThat(paid.notifications()).extracting(CashiNotificationAttempt::httpStatus).containsExactly(200);

        // The settlement after the restart is kept too.
        assertThat(startedOn(TestDatabaseStore.sameTable()).find("KMX-OPEN-1").orElseThrow().view(clock.instant()).status())
                .isEqualTo(CashiStatus.SETTLED);
    }

    @Test
    void openOrdersReadBackStillReserveTheirAmountsToPayAndExpireWithTheirQr() {
        CashiOrderBook before = startedOn(TestDatabaseStore.emptied());
        Set<Long> taken = new HashSet<>();
        for (int i = 0; i < 98; i++) {
            taken.add(open(before, "KMX-A-" + i, 50_000).amountToPay());
        }

        CashiOrderBook after = startedOn(TestDatabaseStore.sameTable());

        long last = open(after, "KMX-A-98", 50_000).amountToPay();
        assertThat(taken).hasSize(98).doesNotContain(last);
        assertThatThrownBy(() -> open(after, "KMX-A-99", 50_000))
                .isInstanceOfSatisfying(CashiRequestRejected.class, e -> assertThat(e.httpStatus()).isEqualTo(429));

        clock.advance(properties.qrLifetime());
        CashiOrderBook later = startedOn(TestDatabaseStore.sameTable());
        assertThat(later.find("KMX-A-0").orElseThrow().view(clock.instant()).status()).isEqualTo(CashiStatus.EXPIRED);
        assertThat(open(later, "KMX-B-1", 50_000).amountToPay()).isBetween(50_001L, 50_099L);
    }
}
