package id.kasir.application.operator;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.InMemoryPaymentTotals;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ShowDashboardTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final FakePaymentGateway cashi = new FakePaymentGateway("cashi");
    private final TestKasir kasir = new TestKasir(cashi);
    private final ShowDashboard dashboard = new ShowDashboard(new InMemoryPaymentTotals(kasir.payments),
            kasir.opsExceptions, kasir.clock);

    private void pay(String orderId, long rupiah, PaymentStatus outcome) {
        var created = kasir.createPayment.create(new NewPayment(orderId, GatewayId.of("cashi"), PaymentMethod.QRIS,
                Money.idr(rupiah), kasir.clock.instant().plus(Duration.ofHours(1)), Customer.UNKNOWN, null, null, null),
                Actor.merchant("shop")).payment();
        if (outcome != PaymentStatus.OPEN) {
            kasir.applyGatewayStatus.apply(created.id(),
                    GatewayReport.of(outcome, outcome == PaymentStatus.PAID ? Money.idr(rupiah) : null,
                            GatewayReport.Source.NOTIFICATION), Actor.gateway("cashi"));
        }
    }

    @Test
    void showsTodaysAndTheWeeksVolumeCountsAndTheSuccessRateInJakartaDays() {
        // 2026-11-21T03:00Z is 10:00 in Jakarta: today there is 21 November.
        pay("A", 15000, PaymentStatus.PAID);
        pay("B", 20000, PaymentStatus.FAILED);
        pay("C", 5000, PaymentStatus.OPEN);
        kasir.clock.advance(Duration.ofDays(-3));
        pay("D", 10000, PaymentStatus.PAID);
        pay("E", 10000, PaymentStatus.EXPIRED);
        kasir.clock.advance(Duration.ofDays(3));
        kasir.opsExceptions.raise(OpsExceptionType.STUCK_PAYMENT, "x", "x", "stuck", kasir.clock.instant());

        ShowDashboard.Dashboard shown = dashboard.show(JAKARTA);

        assertThat(shown.today().date()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(shown.today().created()).isEqualTo(3);
        assertThat(shown.today().paid()).isEqualTo(1);
        assertThat(shown.today().paidVolume()).isEqualTo(Money.idr(15000));
        assertThat(shown.lastSevenDays()).hasSize(7);
        assertThat(shown.lastSevenDays().get(3).date()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(shown.lastSevenDays().get(3).paidVolume()).isEqualTo(Money.idr(10000));
        assertThat(shown.weekPaidVolume()).isEqualTo(Money.idr(25000));
        assertThat(shown.weekCreated()).isEqualTo(5);
        assertThat(shown.countsByStatus()).containsEntry(PaymentStatus.PAID, 2L).containsEntry(PaymentStatus.OPEN, 1L);
        assertThat(shown.countsByGateway()).containsEntry(GatewayId.of("cashi"), 5L);
        assertThat(shown.successRatePercent()).contains(new BigDecimal("50.0"));
        assertThat(shown.openExceptions()).isEqualTo(1);
        assertThat(shown.lastReconciliation()).isEmpty();
    }

    @Test
    void hasNoSuccessRateBeforeAnyPaymentHasAnOutcome() {
        pay("A", 15000, PaymentStatus.OPEN);

        assertThat(dashboard.show(JAKARTA).successRatePercent()).isEmpty();
    }
}
