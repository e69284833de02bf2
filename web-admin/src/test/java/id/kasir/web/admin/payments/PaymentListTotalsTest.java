package id.kasir.web.admin.payments;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.PaymentTotal;
import id.kasir.domain.payment.Payments;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The totals line says "10,000+" once the store's totals reach its window (issue 17: lists at 1M payments). */
class PaymentListTotalsTest {

    @Test
    void belowTheWindowTheTotalsAreThoseOfEveryMatch() {
        PaymentListTotals totals = PaymentListTotals.of(List.of(
                new PaymentTotal(PaymentStatus.PAID, 3, Money.idr(45_000)),
                new PaymentTotal(PaymentStatus.OPEN, Payments.TOTALS_WINDOW - 4, Money.idr(10_000))));

        assertThat(totals.count()).isEqualTo(Payments.TOTALS_WINDOW - 1);
        assertThat(totals.capped()).isFalse();
        assertThat(totals.amounts()).containsExactly(Money.idr(55_000));
    }

    @Test
    void reachingTheWindowMeansMoreMayMatch() {
        PaymentListTotals totals = PaymentListTotals.of(List.of(
                new PaymentTotal(PaymentStatus.PAID, Payments.TOTALS_WINDOW - 1, Money.idr(45_000)),
                new PaymentTotal(PaymentStatus.FAILED, 1, Money.idr(5_000))));

        assertThat(totals.capped()).isTrue();
    }
}
