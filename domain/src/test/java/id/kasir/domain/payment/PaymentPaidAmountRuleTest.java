package id.kasir.domain.payment;

import static id.kasir.domain.fixtures.PaymentFixtures.NOW;
import static id.kasir.domain.fixtures.PaymentFixtures.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.money.ExternalNumber;
import id.kasir.domain.money.Money;
import id.kasir.domain.money.ReportedAmount;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11: "paid" becomes PAID only with a present amount, in the payment's currency, equal to the amount
 * to pay. Every amount a gateway was seen sending, and its neighbours, as {@code (amount text, currency
 * text)} the adapter read.
 */
class PaymentPaidAmountRuleTest {

    private static final Actor GATEWAY = Actor.gateway("cashin");

    static Stream<Arguments> unusable() {
        return Stream.of(
                Arguments.of(null, null, ReportedAmount.MISSING),
                Arguments.of("", null, ReportedAmount.MISSING),
                Arguments.of("abc", null, new ReportedAmount.Unreadable("abc", ExternalNumber.Refusal.NOT_A_NUMBER)),
                Arguments.of("-15000.00", null, new ReportedAmount.Unreadable("-15000.00", ExternalNumber.Refusal.NEGATIVE)),
                Arguments.of("14999.999", null,
                        new ReportedAmount.Unreadable("14999.999", ExternalNumber.Refusal.TOO_MANY_FRACTION_DIGITS)),
                Arguments.of("1e400", null, new ReportedAmount.Unreadable("1e400", ExternalNumber.Refusal.EXPONENT)),
                Arguments.of("1E+10000000", null,
                        new ReportedAmount.Unreadable("1E+10000000", ExternalNumber.Refusal.EXPONENT)),
                Arguments.of("1e999999999", null,
                        new ReportedAmount.Unreadable("1e999999999", ExternalNumber.Refusal.EXPONENT)),
                Arguments.of("Infinity", null, new ReportedAmount.Unreadable("Infinity", ExternalNumber.Refusal.NOT_A_NUMBER)),
                Arguments.of("15000.00", "USD", new ReportedAmount.OtherCurrency("USD", "15000.00")),
                Arguments.of("1.00", "ZZZ", new ReportedAmount.OtherCurrency("ZZZ", "1.00")),
                Arguments.of("15000.00", "", new ReportedAmount.OtherCurrency("", "15000.00")),
                Arguments.of("15000.00", "idr", new ReportedAmount.OtherCurrency("idr", "15000.00")));
    }

    @ParameterizedTest(name = "amount {0} currency {1}")
    @MethodSource("unusable")
    void aPaidReportWithAnAmountThatCannotBeCheckedChangesNothing(String amount, String currency,
                                                                 ReportedAmount expected) {
        Payment payment = aPayment().withStatus(PaymentStatus.OPEN).withAmount(Money.idr(15000)).build();
        ReportedAmount read = ReportedAmount.read(amount, currency);
        assertThat(read).isEqualTo(expected);

        ReportOutcome outcome = payment.apply(new GatewayReport(PaymentStatus.PAID, read, null, null, "00",
                GatewayReport.Source.NOTIFICATION), GATEWAY, NOW);

        assertThat(outcome).isEqualTo(new ReportOutcome.UnusableAmount(Money.idr(15000), expected));
        assertThat(payment.status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(payment.paidAmount()).isEmpty();
        assertThat(payment.newEvents()).isEmpty();
    }

    @Test
    void zeroOrAnotherAmountIsAMismatchNotPaid() {
        for (String amount : new String[] {"0", "0.00", "1.00", "15000.01", "14999"}) {
            Payment payment = aPayment().withStatus(PaymentStatus.OPEN).withAmount(Money.idr(15000)).build();
            ReportOutcome outcome = payment.apply(new GatewayReport(PaymentStatus.PAID,
                    ReportedAmount.read(amount, "IDR"), null, null, "00", GatewayReport.Source.QUERY), GATEWAY, NOW);
            assertThat(outcome).isEqualTo(new ReportOutcome.AmountMismatch(Money.idr(15000), Money.idr(amount)));
            assertThat(payment.status()).isEqualTo(PaymentStatus.OPEN);
        }
    }

    @Test
    void theExactAmountWrittenAnyValidWayIsPaid() {
        for (String amount : new String[] {"15000", "15000.0", "15000.00", "015000"}) {
            Payment payment = aPayment().withStatus(PaymentStatus.OPEN).withAmount(Money.idr(15000)).build();
            ReportOutcome outcome = payment.apply(new GatewayReport(PaymentStatus.PAID,
                    ReportedAmount.read(amount, null), null, null, "00", GatewayReport.Source.QUERY), GATEWAY, NOW);
            assertThat(outcome.changedStatus()).as(amount).isTrue();
            assertThat(payment.paidAmount()).contains(Money.idr(15000));
        }
    }

    @Test
    void theUnusableAmountIsNotedOnTheTimeline() {
        Payment payment = aPayment().withStatus(PaymentStatus.OPEN).withAmount(Money.idr(15000)).build();
        ReportOutcome.UnusableAmount outcome = (ReportOutcome.UnusableAmount) payment.apply(new GatewayReport(
                PaymentStatus.PAID, ReportedAmount.read("abc", null), null, null, "00",
                GatewayReport.Source.NOTIFICATION), GATEWAY, NOW);
        payment.noteUnusableAmount(outcome, GATEWAY, NOW);
        assertThat(payment.newEvents()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(PaymentEventType.UNUSABLE_AMOUNT);
            assertThat(e.summary()).contains("'abc'").contains("not a plain decimal number");
        });
    }

    @Test
    void aTimedOutCreateLearnsItsInstructionsAndUniqueAmountFromAQuery() {
        Payment payment = aPayment().withStatus(PaymentStatus.PENDING).withAmount(Money.idr(15000))
                .withoutInstructions().build();
        GatewayPaymentCreated offer = new GatewayPaymentCreated("CASHI-1", Money.idr(15023), null,
                new PaymentInstructions("https://pay.example/1", "000201...", null, null));

        payment.apply(GatewayReport.of(PaymentStatus.OPEN, null, GatewayReport.Source.QUERY).withOffer(offer),
                GATEWAY, NOW);

        assertThat(payment.status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(payment.amountToPay()).isEqualTo(Money.idr(15023));
        assertThat(payment.instructions().checkoutUrl()).isEqualTo("https://pay.example/1");
        assertThat(payment.gatewayReference()).contains("CASHI-1");
        assertThat(payment.newEvents()).extracting(PaymentEvent::type)
                .containsExactly(PaymentEventType.INSTRUCTIONS_LEARNED, PaymentEventType.STATUS_CHANGED);

        ReportOutcome paid = payment.apply(GatewayReport.of(PaymentStatus.PAID, Money.idr(15023),
                GatewayReport.Source.NOTIFICATION), GATEWAY, NOW);
        assertThat(paid.changedStatus()).isTrue();
    }

    @Test
    void knownInstructionsAreNotReplacedByALaterReport() {
        Payment payment = aPayment().withStatus(PaymentStatus.PENDING).withAmount(Money.idr(15000))
                .withoutInstructions().build();
        payment.opened(new GatewayPaymentCreated("G1", Money.idr(15000), null,
                new PaymentInstructions("https://first", null, null, null)), NOW);
        payment.apply(GatewayReport.of(PaymentStatus.OPEN, null, GatewayReport.Source.QUERY)
                .withOffer(new GatewayPaymentCreated("G1", Money.idr(1), null,
                        new PaymentInstructions("https://other", null, null, null))), GATEWAY, NOW);
        assertThat(payment.instructions().checkoutUrl()).isEqualTo("https://first");
        assertThat(payment.amountToPay()).isEqualTo(Money.idr(15000));
    }
}
