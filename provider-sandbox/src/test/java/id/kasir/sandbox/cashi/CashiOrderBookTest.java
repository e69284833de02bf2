package id.kasir.sandbox.cashi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CashiOrderBookTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T03:00:00Z"));
    private final CashiSandboxProperties properties =
            new CashiSandboxProperties(null, null, null, null, null, null, null, null, null, null);
    private final CashiOrderBook book = new CashiOrderBook(clock, properties, new SplittableRandom(7));

    private CashiOrder open(String id, long amount) {
        return book.open(id, amount, orderId -> "http://pay/" + orderId, CashiQrisPayload::forOrder);
    }

    @Test
    void givesEveryOpenOrderOfTheSameAmountADifferentUniqueCodeUntilAllNinetyNineAreTaken() {
        Set<Long> amounts = new HashSet<>();
        for (int i = 0; i < 99; i++) {
            long toPay = open("A-" + i, 50_000).amountToPay();
            assertThat(toPay).isBetween(50_001L, 50_099L);
            amounts.add(toPay);
        }

        assertThat(amounts).hasSize(99);
        assertThatThrownBy(() -> open("A-99", 50_000))
                .isInstanceOfSatisfying(CashiRequestRejected.class, e -> assertThat(e.httpStatus()).isEqualTo(429));
    }

    @Test
    void neverReusesAnAmountToPayStillOpenForAnotherRequestedAmount() {
        for (int i = 0; i < 99; i++) {
            open("B-" + i, 60_000 + i);
        }
        Set<Long> open = new HashSet<>();
        book.newest(200).forEach(o -> open.add(o.amountToPay()));

        assertThat(open).hasSize(99);
    }

    @Test
    void freesTheAmountOnceTheOrderIsNoLongerOpen() {
        for (int i = 0; i < 99; i++) {
            open("C-" + i, 70_000);
        }
        book.find("C-5").orElseThrow().close(clock.instant(), CashiStatus.CANCELLED);

        assertThat(open("C-99", 70_000).amountToPay()).isEqualTo(book.find("C-5").orElseThrow().amountToPay());
    }

    @Test
    void readsAsExpiredOnceTheQrLifetimeHasPassed() {
        CashiOrder order = open("D-1", 20_000);

        clock.advance(Duration.ofMinutes(10).minusMillis(1));
        assertThat(order.status(clock.instant())).isEqualTo(CashiStatus.PENDING);
        clock.advance(Duration.ofMillis(1));
        assertThat(order.status(clock.instant())).isEqualTo(CashiStatus.EXPIRED);
    }

    @Test
    void refusesADuplicateOrderId() {
        open("E-1", 20_000);

        assertThatThrownBy(() -> open("E-1", 30_000))
                .isInstanceOfSatisfying(CashiRequestRejected.class, e -> assertThat(e.httpStatus()).isEqualTo(409));
    }

    @Test
    void generatesAnOrderIdWhenTheMerchantGivesNone() {
        assertThat(open(null, 20_000).orderId()).matches("ORD-[A-Z0-9]{12}");
    }
}
