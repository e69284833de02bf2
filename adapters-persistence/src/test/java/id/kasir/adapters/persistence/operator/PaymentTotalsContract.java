package id.kasir.adapters.persistence.operator;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static id.kasir.adapters.persistence.testing.PaymentFixture.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.adapters.persistence.testing.PersistenceContract;
import id.kasir.application.operator.PaymentTotals;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.Payments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the dashboard's {@link PaymentTotals} must count; run against H2 and MySQL by the subclasses. */
public abstract class PaymentTotalsContract extends PersistenceContract {

    @Autowired
    PaymentTotals totals;
    @Autowired
    Payments payments;

    private void paid(String gateway, long rupiah) {
        Payment p = aPayment().gateway(gateway).amount(rupiah).opened("GW-" + rupiah + gateway);
        p.apply(GatewayReport.of(PaymentStatus.PAID, Money.idr(rupiah), GatewayReport.Source.NOTIFICATION),
                Actor.gateway(gateway), T0.plusSeconds(5));
        payments.add(p);
    }

    @Test
    void groupsPaymentsCreatedInTheRangeByGatewayAndStatus() {
        paid("cashi", 15000);
        paid("cashi", 5000);
        payments.add(aPayment().gateway("cashi").amount(7000).opened("GW-open"));
        payments.add(aPayment().gateway("payin").amount(9000).requested());
        payments.add(aPayment().gateway("cashi").amount(1000).createdAt(T0.plusSeconds(3600)).requested());

        var groups = totals.byGatewayAndStatus(T0, T0.plusSeconds(60));

        assertThat(groups).containsExactlyInAnyOrder(
                new PaymentTotals.Group(GatewayId.of("cashi"), PaymentStatus.PAID, 2, Money.idr(20000)),
                new PaymentTotals.Group(GatewayId.of("cashi"), PaymentStatus.OPEN, 1, Money.idr(7000)),
                new PaymentTotals.Group(GatewayId.of("payin"), PaymentStatus.PENDING, 1, Money.idr(9000)));
        assertThat(totals.byGatewayAndStatus(T0.plusSeconds(60), T0.plusSeconds(3600))).isEmpty();
    }
}
