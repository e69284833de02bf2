package id.kasir.application.reconciliation;

import static id.kasir.domain.fixtures.PaymentFixtures.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.payment.ReconcilePayment;
import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.money.Money;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.reconciliation.ReconciliationOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The item logic shared by the nightly job, the janitor and expiry by Kasir's clock. */
class ReconcilePaymentTest {

    private static final GatewayExchange OK = new GatewayExchange("query", "{}", "{}", 200, null);
    private final FakePaymentGateway gateway = new FakePaymentGateway("cashin");
    private final TestKasir kasir = new TestKasir(gateway);

    private Payment stored(PaymentStatus status) {
        Payment payment = aPayment().withStatus(status).withAmount(Money.idr(15000)).withAmountToPay(Money.idr(15000))
                .build();
        kasir.payments.add(payment);
        return payment;
    }

    private ReconciliationOutcome reconcile(Payment payment) {
        return kasir.reconcilePayment.reconcile(payment.id(), Actor.system("reconciliation")).outcome();
    }

    private PaymentStatus statusOf(Payment payment) {
        return kasir.findPayments.byId(payment.id()).status();
    }

    private void gatewaySays(PaymentStatus status, long amount) {
        gateway.queryAnswers(GatewayReport.of(status, Money.idr(amount), GatewayReport.Source.QUERY));
    }

    @Test
    void aPaymentWhoseNotificationWasLostBecomesPaid() {
        Payment payment = stored(PaymentStatus.OPEN);
        gatewaySays(PaymentStatus.PAID, 15000);
        assertThat(reconcile(payment)).isEqualTo(ReconciliationOutcome.PAID);
        assertThat(statusOf(payment)).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void failedAtTheGatewayBecomesFailed() {
        Payment payment = stored(PaymentStatus.OPEN);
        gatewaySays(PaymentStatus.FAILED, 15000);
        assertThat(reconcile(payment)).isEqualTo(ReconciliationOutcome.FAILED);
    }

    @Test
    void stillOpenBeforeItsExpiryIsUnchanged() {
        Payment payment = stored(PaymentStatus.OPEN);
        gatewaySays(PaymentStatus.OPEN, 15000);
        assertThat(reconcile(payment)).isEqualTo(ReconciliationOutcome.UNCHANGED);
        assertThat(statusOf(payment)).isEqualTo(PaymentStatus.OPEN);
    }

    @Test
    void stillOpenPastItsExpiryIsExpiredAndTheMerchantTold() {
        Payment payment = stored(PaymentStatus.OPEN);
        gatewaySays(PaymentStatus.OPEN, 15000);
        kasir.clock.advance(Duration.ofHours(2));
        assertThat(reconcile(payment)).isEqualTo(ReconciliationOutcome.EXPIRED);
        assertThat(kasir.statusChanges).containsExactly(payment.orderId() + ":OPEN->EXPIRED");
    }

    @Test
    void paidAtTheGatewayPastItsExpiryIsPaidAndNeverAnnouncedExpired() {
        Payment payment = stored(PaymentStatus.OPEN);
        gatewaySays(PaymentStatus.PAID, 15000);
        kasir.clock.advance(Duration.ofHours(2));
        assertThat(kasir.expireOverduePayments.expireOverdue(10)).isZero();
        assertThat(statusOf(payment)).isEqualTo(PaymentStatus.PAID);
        assertThat(kasir.statusChanges).containsExactly(payment.orderId() + ":OPEN->PAID");
    }

    @Test
    void anUnreachableGatewayLeavesAnOverduePaymentOpenForTheJanitor() {
        Payment payment = stored(PaymentStatus.OPEN);
        gateway.onQuery(l -> GatewayCallResult.unknown(UnknownCause.TIMEOUT, "read timed out", GatewayExchange.none("query")));
        kasir.clock.advance(Duration.ofHours(2));
        var reconciled = kasir.reconcilePayment.reconcile(payment.id(), Actor.clock());
        assertThat(reconciled.outcome()).isEqualTo(ReconciliationOutcome.GATEWAY_UNKNOWN);
        assertThat(reconciled.cause()).isEqualTo(UnknownCause.TIMEOUT);
        assertThat(kasir.expireOverduePayments.expireOverdue(10)).isZero();
        assertThat(statusOf(payment)).isEqualTo(PaymentStatus.OPEN);
        assertThat(kasir.statusChanges).isEmpty();
    }

    @Test
    void anAmountOtherThanTheAmountToPayGoesToOps() {
        Payment payment = stored(PaymentStatus.OPEN);
        gatewaySays(PaymentStatus.PAID, 14000);
        assertThat(reconcile(payment)).isEqualTo(ReconciliationOutcome.AMOUNT_MISMATCH);
        assertThat(statusOf(payment)).isEqualTo(PaymentStatus.OPEN);
        assertThat(kasir.opsExceptions.open(10)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(OpsExceptionType.AMOUNT_MISMATCH));
    }

    @Test
    void unknownToTheGatewayIsNotFoundAndExpiresOnlyPastItsExpiry() {
        Payment payment = stored(PaymentStatus.PENDING);
        gateway.onQuery(l -> GatewayCallResult.declined("NOT_FOUND", "no such order", OK));
        assertThat(reconcile(payment)).isEqualTo(ReconciliationOutcome.NOT_FOUND);
        assertThat(statusOf(payment)).isEqualTo(PaymentStatus.PENDING);
        kasir.clock.advance(Duration.ofHours(2));
        assertThat(reconcile(payment)).isEqualTo(ReconciliationOutcome.EXPIRED);
    }

    @Test
    void aClosedPaymentIsNotAskedAbout() {
        Payment payment = stored(PaymentStatus.PAID);
        ReconcilePayment.Reconciled reconciled = kasir.reconcilePayment.reconcile(payment.id(), Actor.clock());
        assertThat(reconciled.outcome()).isEqualTo(ReconciliationOutcome.UNCHANGED);
        assertThat(gateway.queried).isEmpty();
    }
}
