package id.kasir.application.payment;

import static id.kasir.domain.fixtures.PaymentFixtures.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEventType;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RefreshAndExpireTest {

    private final FakePaymentGateway gateway = new FakePaymentGateway("cashin");
    private final TestKasir kasir = new TestKasir(gateway);

    private Payment stored(PaymentStatus status) {
        Payment payment = aPayment().withStatus(status).build();
        kasir.payments.add(payment);
        return payment;
    }

    @Test
    void askingShowsTheGatewaysWordWithoutChangingAnything() {
        Payment payment = stored(PaymentStatus.OPEN);
        gateway.queryAnswers(GatewayReport.of(PaymentStatus.PAID, Money.idr(15000), GatewayReport.Source.QUERY));
        var asked = kasir.refreshPayment.ask(payment.id());
        assertThat(asked.gatewaySays()).isInstanceOf(GatewayCallResult.Accepted.class);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.OPEN);
    }

    @Test
    void refreshingAppliesTheGatewaysAnswerAndRecordsTheCall() {
        Payment payment = stored(PaymentStatus.PENDING);
        gateway.queryAnswers(GatewayReport.of(PaymentStatus.PAID, Money.idr(15000), GatewayReport.Source.QUERY));
        var refreshed = kasir.refreshPayment.refresh(payment.id(), Actor.operator("ani"));
        assertThat(refreshed.outcome()).isPresent();
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(kasir.payments.timeline(payment.id())).extracting(e -> e.type())
                .containsExactly(PaymentEventType.GATEWAY_CALL, PaymentEventType.STATUS_CHANGED);
    }

    @Test
    void aQueryThatTimesOutChangesNoStatus() {
        Payment payment = stored(PaymentStatus.PENDING);
        gateway.onQuery(l -> GatewayCallResult.unknown("timed out", GatewayExchange.none("query")));
        var refreshed = kasir.refreshPayment.refresh(payment.id(), Actor.system("reconciliation"));
        assertThat(refreshed.outcome()).isEmpty();
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void expiresOnlyWhatIsOverdue() {
        Payment soon = stored(PaymentStatus.OPEN);
        Payment paid = stored(PaymentStatus.PAID);
        assertThat(kasir.expireOverduePayments.expireOverdue(10)).isZero();
        gateway.queryAnswers(GatewayReport.of(PaymentStatus.OPEN, null, GatewayReport.Source.QUERY));
        kasir.clock.advance(Duration.ofHours(1));
        assertThat(kasir.expireOverduePayments.expireOverdue(10)).isEqualTo(1);
        assertThat(kasir.findPayments.byId(soon.id()).status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(kasir.findPayments.byId(paid.id()).status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void cancellingIsAudited() {
        Payment payment = stored(PaymentStatus.OPEN);
        kasir.cancelPayment.cancel(payment.id(), Actor.operator("ani"), "customer called", "10.0.0.1");
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(kasir.audit.recent(null, 10)).singleElement()
                .satisfies(e -> assertThat(e.entry().action()).isEqualTo("payment.cancel"));
    }
}
