package id.kasir.application.payment;

import static id.kasir.domain.fixtures.PaymentFixtures.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.money.Money;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEventType;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.Payments;
import id.kasir.domain.payment.ReportOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApplyGatewayStatusTest {

    private final FakePaymentGateway gatewayAdapter = new FakePaymentGateway("cashin");
    private final TestKasir kasir = new TestKasir(gatewayAdapter);
    private final Actor gateway = Actor.gateway("cashin");

    private Payment stored(PaymentStatus status, long amountToPay) {
        Payment payment = aPayment().withStatus(status).withAmount(Money.idr(15000))
                .withAmountToPay(Money.idr(amountToPay)).build();
        kasir.payments.add(payment);
        return payment;
    }

    private static GatewayReport paid(long rupiah) {
        return GatewayReport.of(PaymentStatus.PAID, Money.idr(rupiah), GatewayReport.Source.NOTIFICATION);
    }

    @Test
    void theSameReportTwiceChangesNothingTheSecondTime() {
        Payment payment = stored(PaymentStatus.OPEN, 15000);
        assertThat(kasir.applyGatewayStatus.apply(payment.id(), paid(15000), gateway)).isInstanceOf(ReportOutcome.Applied.class);
        assertThat(kasir.applyGatewayStatus.apply(payment.id(), paid(15000), gateway)).isInstanceOf(ReportOutcome.Unchanged.class);
        assertThat(kasir.payments.timeline(payment.id()).stream()
                .filter(e -> e.type() == PaymentEventType.STATUS_CHANGED)).hasSize(1);
        assertThat(kasir.statusChanges).hasSize(1);
    }

    @Test
    void anAmountMismatchIsRaisedForOpsOnceAndNotApplied() {
        Payment payment = stored(PaymentStatus.OPEN, 15023);
        kasir.applyGatewayStatus.apply(payment.id(), paid(15000), gateway);
        kasir.applyGatewayStatus.apply(payment.id(), paid(15000), gateway);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(kasir.opsExceptions.open(10)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(OpsExceptionType.AMOUNT_MISMATCH);
            assertThat(e.description()).contains("15000").contains("15023");
        });
        assertThat(kasir.payments.timeline(payment.id()).stream()
                .filter(e -> e.type() == PaymentEventType.AMOUNT_MISMATCH)).hasSize(1);
    }

    @Test
    void aPaymentPaidAfterWeExpiredItBecomesPaidAndOpsAreTold() {
        Payment payment = stored(PaymentStatus.OPEN, 15000);
        kasir.clock.advance(Duration.ofHours(1));
        gatewayAdapter.queryAnswers(GatewayReport.of(PaymentStatus.OPEN, null, GatewayReport.Source.QUERY));
        assertThat(kasir.expireOverduePayments.expireOverdue(10)).isEqualTo(1);
        kasir.applyGatewayStatus.apply(payment.id(), paid(15000), gateway);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(kasir.opsExceptions.open(10)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(OpsExceptionType.PAID_AFTER_EXPIRY));
        assertThat(kasir.statusChanges).containsExactly(payment.orderId() + ":OPEN->EXPIRED",
                payment.orderId() + ":EXPIRED->PAID");
    }

    @Test
    void anOutOfOrderFailureAfterPaymentIsIgnored() {
        Payment payment = stored(PaymentStatus.OPEN, 15000);
        kasir.applyGatewayStatus.apply(payment.id(), paid(15000), gateway);
        ReportOutcome late = kasir.applyGatewayStatus.apply(payment.id(),
                GatewayReport.of(PaymentStatus.FAILED, null, GatewayReport.Source.NOTIFICATION), gateway);
        assertThat(late).isInstanceOf(ReportOutcome.Ignored.class);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void aConcurrentChangeIsReReadAndReJudgedNotOverwritten() {
        Payment payment = stored(PaymentStatus.OPEN, 15000);
        // Between our read and our write, another node applies PAID: our FAILED must be re-judged
        // against PAID (and refused), not written over it.
        Payments interfering = new InterferingPayments(kasir.payments, () -> kasir.applyGatewayStatus.apply(
                payment.id(), paid(15000), Actor.gateway("other-node")));
        ApplyGatewayStatus apply = new ApplyGatewayStatus(interfering, new PaymentWriter(interfering, java.util.List.of()),
                kasir.opsExceptions, kasir.transactions, kasir.clock);

        ReportOutcome outcome = apply.apply(payment.id(),
                GatewayReport.of(PaymentStatus.FAILED, null, GatewayReport.Source.QUERY), gateway);

        assertThat(outcome).isInstanceOf(ReportOutcome.Ignored.class);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(kasir.payments.timeline(payment.id())).filteredOn(e -> e.type() == PaymentEventType.STATUS_CHANGED)
                .extracting(e -> e.from() + "->" + e.to()).containsExactly("OPEN->PAID");
    }

    /** Runs a competing change just before the first update goes through. */
    private static final class InterferingPayments implements Payments {
        private final Payments inner;
        private Runnable competitor;

        InterferingPayments(Payments inner, Runnable competitor) {
            this.inner = inner;
            this.competitor = competitor;
        }

        @Override public void update(Payment payment) {
            if (competitor != null) {
                Runnable run = competitor;
                competitor = null;
                run.run();
            }
            inner.update(payment);
        }
        @Override public void add(Payment payment) { inner.add(payment); }
        @Override public java.util.Optional<Payment> byId(id.kasir.domain.payment.PaymentId id) { return inner.byId(id); }
        @Override public java.util.Optional<Payment> byOrderId(String orderId) { return inner.byOrderId(orderId); }
        @Override public java.util.Optional<Payment> byAnyReference(id.kasir.domain.gateway.GatewayId g, String r) { return inner.byAnyReference(g, r); }
        @Override public java.util.List<id.kasir.domain.payment.PaymentEvent> timeline(id.kasir.domain.payment.PaymentId id) { return inner.timeline(id); }
        @Override public id.kasir.domain.common.Page<Payment> search(id.kasir.domain.payment.PaymentSearch s) { return inner.search(s); }
        @Override public java.util.List<id.kasir.domain.payment.PaymentTotal> totals(id.kasir.domain.payment.PaymentSearch s) { return inner.totals(s); }
        @Override public java.util.Map<id.kasir.domain.payment.PaymentId, String> orderIds(java.util.Collection<id.kasir.domain.payment.PaymentId> ids) { return inner.orderIds(ids); }
        @Override public java.util.List<Payment> find(id.kasir.domain.payment.PaymentLookup l, int limit) { return inner.find(l, limit); }
        @Override public java.util.List<Payment> overdue(java.time.Instant now, int limit) { return inner.overdue(now, limit); }
        @Override public java.util.List<Payment> inFlight(java.time.Instant before, String afterId, int limit) { return inner.inFlight(before, afterId, limit); }
    }
}
