package id.kasir.domain.payment;

import static id.kasir.domain.fixtures.PaymentFixtures.NOW;
import static id.kasir.domain.fixtures.PaymentFixtures.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.domain.common.Actor;
import id.kasir.domain.money.Money;
import id.kasir.domain.money.ReportedAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a gateway report does to a payment, for every current status and every reported status. */
class PaymentApplyReportTest {

    private static final Actor GATEWAY = Actor.gateway("cashin");

    static Stream<Arguments> everyCurrentAndReportedStatus() {
        List<Arguments> cases = new ArrayList<>();
        for (PaymentStatus current : PaymentStatus.values()) {
            for (PaymentStatus reported : PaymentStatus.values()) {
                if (reported != PaymentStatus.PENDING) {
                    cases.add(Arguments.of(current, reported));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} + report {1}")
    @MethodSource("everyCurrentAndReportedStatus")
    void aReportIsAppliedExactlyWhenTheTableAllowsItAndTwiceChangesNothing(PaymentStatus current, PaymentStatus reported) {
        Payment payment = aPayment().withStatus(current).build();
        GatewayReport report = GatewayReport.of(reported, reported == PaymentStatus.PAID ? Money.idr(15000) : null,
                GatewayReport.Source.NOTIFICATION);

        ReportOutcome first = payment.apply(report, GATEWAY, NOW);

        if (current == reported) {
            assertThat(first).isInstanceOf(ReportOutcome.Unchanged.class);
            assertThat(payment.newEvents()).isEmpty();
        } else if (PaymentTransitions.TABLE.allows(current, reported)) {
            assertThat(first).isEqualTo(new ReportOutcome.Applied(current, reported,
                    PaymentTransitions.TABLE.flagFor(current, reported)));
            assertThat(payment.status()).isEqualTo(reported);
            assertThat(payment.newEvents()).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(PaymentEventType.STATUS_CHANGED);
                assertThat(e.from()).isEqualTo(current);
                assertThat(e.to()).isEqualTo(reported);
                assertThat(e.actor()).isEqualTo(GATEWAY);
            });
        } else {
            assertThat(first).isInstanceOf(ReportOutcome.Ignored.class);
            assertThat(payment.status()).isEqualTo(current);
            assertThat(payment.newEvents()).isEmpty();
        }

        int eventsAfterFirst = payment.newEvents().size();
        ReportOutcome second = payment.apply(report, GATEWAY, NOW);
        assertThat(second).isNotInstanceOf(ReportOutcome.Applied.class);
        assertThat(payment.newEvents()).hasSize(eventsAfterFirst);
    }

    @Test
    void aConfirmedPaidIsNeverMovedBackByALateOpenOrAnOutOfOrderFailure() {
        Payment payment = aPayment().withStatus(PaymentStatus.PAID).build();
        for (PaymentStatus late : List.of(PaymentStatus.OPEN, PaymentStatus.PAYING, PaymentStatus.FAILED,
                PaymentStatus.EXPIRED, PaymentStatus.CANCELLED)) {
            ReportOutcome outcome = payment.apply(GatewayReport.of(late, null, GatewayReport.Source.QUERY), GATEWAY, NOW);
            assertThat(outcome).isInstanceOf(ReportOutcome.Ignored.class);
            assertThat(((ReportOutcome.Ignored) outcome).reason()).contains("final");
        }
        assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void anExpiredPaymentThatTheGatewaySaysIsPaidBecomesPaidAndIsFlagged() {
        Payment payment = aPayment().withStatus(PaymentStatus.EXPIRED).build();
        ReportOutcome outcome = payment.apply(GatewayReport.of(PaymentStatus.PAID, Money.idr(15000),
                GatewayReport.Source.NOTIFICATION), GATEWAY, NOW);
        assertThat(outcome).isEqualTo(new ReportOutcome.Applied(PaymentStatus.EXPIRED, PaymentStatus.PAID,
                java.util.Optional.of(PaymentTransitions.PAID_AFTER_EXPIRY)));
        assertThat(payment.paidAmount()).contains(Money.idr(15000));
        assertThat(payment.paidAt()).contains(NOW);
    }

    @Test
    void aPaidReportForAnotherAmountIsNotAppliedButReportedAsAMismatch() {
        Payment payment = aPayment().withStatus(PaymentStatus.OPEN).withAmount(Money.idr(15000))
                .withAmountToPay(Money.idr(15023)).build();
        ReportOutcome outcome = payment.apply(GatewayReport.of(PaymentStatus.PAID, Money.idr(15000),
                GatewayReport.Source.NOTIFICATION), GATEWAY, NOW);
        assertThat(outcome).isEqualTo(new ReportOutcome.AmountMismatch(Money.idr(15023), Money.idr(15000)));
        assertThat(payment.status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(payment.newEvents()).isEmpty();
    }

    @Test
    void aPaidReportForTheUniqueAmountToPayIsApplied() {
        Payment payment = aPayment().withStatus(PaymentStatus.OPEN).withAmount(Money.idr(15000))
                .withAmountToPay(Money.idr(15023)).build();
        assertThat(payment.apply(GatewayReport.of(PaymentStatus.PAID, Money.idr(15023),
                GatewayReport.Source.NOTIFICATION), GATEWAY, NOW).changedStatus()).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void aPaidReportWithoutAnAmountChangesNothing() {
        Payment payment = aPayment().withStatus(PaymentStatus.PAYING).build();
        ReportOutcome outcome = payment.apply(GatewayReport.of(PaymentStatus.PAID, null, GatewayReport.Source.QUERY),
                GATEWAY, NOW);
        assertThat(outcome).isEqualTo(new ReportOutcome.UnusableAmount(payment.amountToPay(), ReportedAmount.MISSING));
        assertThat(payment.status()).isEqualTo(PaymentStatus.PAYING);
        assertThat(payment.paidAmount()).isEmpty();
    }

    @Test
    void aRepeatedReportThatBringsTheGatewayReferenceAndFeeRecordsThemOnce() {
        Payment payment = aPayment().withStatus(PaymentStatus.OPEN).build();
        GatewayReport report = GatewayReport.of(PaymentStatus.OPEN, null, GatewayReport.Source.QUERY)
                .withReference("PAY123").withFee(Money.idr(1700));
        payment.apply(report, GATEWAY, NOW);
        payment.apply(report, GATEWAY, NOW);
        assertThat(payment.gatewayReference()).contains("PAY123");
        assertThat(payment.gatewayFee()).contains(Money.idr(1700));
        assertThat(payment.newEvents()).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(PaymentEventType.DETAILS_UPDATED));
    }
}
