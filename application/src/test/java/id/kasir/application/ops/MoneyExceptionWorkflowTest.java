package id.kasir.application.ops;

import static id.kasir.domain.fixtures.PaymentFixtures.aPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.money.Money;
import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionAction;
import id.kasir.domain.ops.OpsExceptionRefused;
import id.kasir.domain.ops.OpsExceptionState;
import id.kasir.domain.ops.OpsExceptionStep;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEventType;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cashi QRIS: 15,042 to pay, 15,000 paid. What each decision does to the payment, the exception, the audit. */
class MoneyExceptionWorkflowTest {

    private final FakePaymentGateway cashi = new FakePaymentGateway("cashi");
    private final TestKasir kasir = new TestKasir(cashi);

    /** Expiry asks the gateway first (issue 13): it must answer "still open" for Kasir's clock to expire. */
    private void gatewaySaysStillOpenAndTheClockExpires() {
        cashi.queryAnswers(GatewayReport.of(PaymentStatus.OPEN, Money.idr(15042), GatewayReport.Source.QUERY));
        kasir.clock.advance(Duration.ofDays(2));
        kasir.expireOverduePayments.expireOverdue(10);
    }

    private Payment mismatched() {
        Payment payment = aPayment().withGateway("cashi").withStatus(PaymentStatus.OPEN).withAmount(Money.idr(15000))
                .withAmountToPay(Money.idr(15042)).build();
        kasir.payments.add(payment);
        kasir.applyGatewayStatus.apply(payment.id(), GatewayReport.of(PaymentStatus.PAID, Money.idr(15000),
                GatewayReport.Source.NOTIFICATION), Actor.gateway("cashi"));
        return payment;
    }

    private OpsException only() {
        return kasir.opsExceptions.open(10).get(0);
    }

    private List<String> audit() {
        return kasir.audit.recent(null, 100).stream()
                .sorted(java.util.Comparator.comparingLong(e -> e.id()))
                .map(e -> e.entry().action() + ":" + e.entry().target()).toList();
    }

    @Test
    void acceptingTheAmountReceivedMakesThePaymentPaidWithItFlaggedTellsTheListenersAndAuditsOnce() {
        Payment payment = mismatched();
        OpsException exception = only();
        assertThat(exception.reportedAmount()).isEqualTo(Money.idr(15000));

        kasir.decideMoneyException.accept(exception.id(), "fina", "customer paid 42 short, we accept", "10.0.0.1");

        Payment after = kasir.findPayments.byId(payment.id());
        assertThat(after.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(after.paidAmount()).contains(Money.idr(15000));
        assertThat(kasir.payments.timeline(payment.id())).extracting(e -> e.type())
                .contains(PaymentEventType.PAID_AMOUNT_ACCEPTED);
        assertThat(kasir.statusChanges).containsExactly(payment.orderId() + ":OPEN->PAID");
        OpsException resolved = kasir.opsExceptions.byId(exception.id()).orElseThrow();
        assertThat(resolved.state()).isEqualTo(OpsExceptionState.RESOLVED);
        assertThat(resolved.resolvedBy()).isEqualTo("fina");
        assertThat(kasir.opsExceptions.history(exception.id())).extracting(OpsExceptionStep::action)
                .containsExactly(OpsExceptionAction.ACCEPTED);
        assertThat(audit()).containsExactly("ops-exception.accept:" + exception.id());
    }

    @Test
    void anExpiredMismatchIsAcceptedToo() {
        Payment payment = aPayment().withGateway("cashi").withStatus(PaymentStatus.OPEN).withAmount(Money.idr(15000))
                .withAmountToPay(Money.idr(15042)).build();
        kasir.payments.add(payment);
        gatewaySaysStillOpenAndTheClockExpires();
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.EXPIRED);
        kasir.applyGatewayStatus.apply(payment.id(), GatewayReport.of(PaymentStatus.PAID, Money.idr(15000),
                GatewayReport.Source.NOTIFICATION), Actor.gateway("cashi"));

        kasir.decideMoneyException.accept(only().id(), "fina", "gateway says SETTLED", null);

        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(kasir.statusChanges).endsWith(payment.orderId() + ":EXPIRED->PAID");
    }

    @Test
    void aRefundStaysOpenUntilRecordedDoneAndThePaymentIsNotPaid() {
        Payment payment = mismatched();
        long id = only().id();

        var refund = kasir.decideMoneyException.refund(id, "fina", "merchant does not want short payments", null);

        assertThat(refund.amount()).isEqualTo(Money.idr(15000));
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(kasir.opsExceptions.byId(id).orElseThrow().state()).isEqualTo(OpsExceptionState.IN_PROGRESS);
        assertThat(kasir.refunds.notDone(10)).hasSize(1);
        assertThatThrownBy(() -> kasir.decideMoneyException.accept(id, "abdi", "changed my mind", null))
                .isInstanceOf(OpsExceptionRefused.class);

        kasir.recordRefundDone.done(refund.id(), "fina", "BCA transfer 0042", null);

        assertThat(kasir.refunds.notDone(10)).isEmpty();
        assertThat(kasir.opsExceptions.byId(id).orElseThrow().state()).isEqualTo(OpsExceptionState.RESOLVED);
        assertThat(kasir.opsExceptions.history(id)).extracting(OpsExceptionStep::action)
                .containsExactly(OpsExceptionAction.REFUND_NEEDED, OpsExceptionAction.REFUND_DONE);
        assertThat(kasir.payments.timeline(payment.id())).extracting(e -> e.type())
                .contains(PaymentEventType.REFUND_NEEDED, PaymentEventType.REFUND_DONE);
        assertThat(audit()).containsExactly("ops-exception.refund:" + id, "refund.done:" + refund.id());
        assertThatThrownBy(() -> kasir.recordRefundDone.done(refund.id(), "fina", "again", null))
                .isInstanceOfSatisfying(OpsExceptionRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(OpsExceptionRefused.Reason.REFUND_NOT_OPEN));
    }

    @Test
    void aLatePaymentIsKeptPaidOrRefundedButNeverMovedBack() {
        Payment payment = aPayment().withStatus(PaymentStatus.OPEN).withAmount(Money.idr(15000)).build();
        kasir.payments.add(payment);
        kasir.cancelPayment.cancel(payment.id(), Actor.operator("abdi"), "customer left", null);
        kasir.applyGatewayStatus.apply(payment.id(), GatewayReport.of(PaymentStatus.PAID, Money.idr(15000),
                GatewayReport.Source.NOTIFICATION), Actor.gateway("cashi"));
        OpsException late = only();
        assertThat(late.type()).isEqualTo(OpsExceptionType.PAID_AFTER_CLOSE);

        kasir.decideMoneyException.refund(late.id(), "fina", "order was cancelled", null);

        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(kasir.refunds.byException(late.id())).singleElement()
                .satisfies(r -> assertThat(r.amount()).isEqualTo(Money.idr(15000)));
    }

    @Test
    void aPaymentPaidAfterExpiryIsKeptPaidAndTheMerchantIsNotToldTwice() {
        Payment payment = aPayment().withGateway("cashi").withStatus(PaymentStatus.OPEN).withAmount(Money.idr(15000))
                .build();
        kasir.payments.add(payment);
        gatewaySaysStillOpenAndTheClockExpires();
        kasir.applyGatewayStatus.apply(payment.id(), GatewayReport.of(PaymentStatus.PAID, Money.idr(15000),
                GatewayReport.Source.NOTIFICATION), Actor.gateway("cashi"));
        OpsException late = only();
        assertThat(late.type()).isEqualTo(OpsExceptionType.PAID_AFTER_EXPIRY);
        int changes = kasir.statusChanges.size();

        kasir.decideMoneyException.accept(late.id(), "fina", "merchant still ships", null);

        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(kasir.statusChanges).hasSize(changes);
        assertThat(kasir.payments.timeline(payment.id())).extracting(e -> e.type())
                .contains(PaymentEventType.LATE_PAYMENT_KEPT);
        assertThat(kasir.opsExceptions.byId(late.id()).orElseThrow().state()).isEqualTo(OpsExceptionState.RESOLVED);
        assertThat(audit()).containsExactly("ops-exception.accept:" + late.id());
    }

    @Test
    void aMoneyExceptionIsNotClosedByABareResolveAndOthersAreWithHistory() {
        mismatched();
        long mismatch = only().id();
        assertThatThrownBy(() -> kasir.resolveOpsException.resolve(mismatch, "abdi", "looked", null))
                .isInstanceOfSatisfying(OpsExceptionRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(OpsExceptionRefused.Reason.DECIDE_INSTEAD));

        long stuck = kasir.opsExceptions.raise(OpsExceptionType.STUCK_PAYMENT, "p-1", "stuck:p-1", "stuck",
                kasir.clock.instant()).exception().id();
        kasir.assignOpsException.assign(stuck, "abdi", "abdi", null);
        assertThat(kasir.opsExceptions.byId(stuck).orElseThrow().state()).isEqualTo(OpsExceptionState.IN_PROGRESS);
        kasir.assignOpsException.assign(stuck, "budi", "abdi", null);
        kasir.resolveOpsException.resolve(stuck, "budi", "the gateway answered", null);
        assertThat(kasir.opsExceptions.history(stuck)).extracting(s -> s.action() + " " + s.actor() + " " + s.note())
                .containsExactly("ASSIGNED abdi abdi", "ASSIGNED abdi budi", "RESOLVED budi the gateway answered");
        assertThatThrownBy(() -> kasir.assignOpsException.assign(stuck, "abdi", "abdi", null))
                .isInstanceOfSatisfying(OpsExceptionRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(OpsExceptionRefused.Reason.ALREADY_RESOLVED));
        assertThat(audit()).containsExactly("ops-exception.assign:" + stuck, "ops-exception.assign:" + stuck,
                "ops-exception.resolve:" + stuck);
    }

    @Test
    void aPaidPaymentCannotTakeAnotherAmount() {
        Payment payment = mismatched();
        long id = only().id();
        kasir.applyGatewayStatus.apply(payment.id(), GatewayReport.of(PaymentStatus.PAID, Money.idr(15042),
                GatewayReport.Source.QUERY), Actor.gateway("cashi"));

        assertThatThrownBy(() -> kasir.decideMoneyException.accept(id, "fina", "accept", null))
                .isInstanceOfSatisfying(OpsExceptionRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(OpsExceptionRefused.Reason.PAYMENT_ALREADY_PAID));
        assertThat(kasir.findPayments.byId(payment.id()).paidAmount()).contains(Money.idr(15042));
        assertThat(audit()).isEmpty();
    }
}
