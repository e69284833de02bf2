package id.kasir.adapters.payin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.domain.money.ExternalNumber;
import id.kasir.domain.money.Money;
import id.kasir.domain.money.ReportedAmount;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentStatus;
import org.junit.jupiter.api.Test;

class PayInCallbackTest {

    @Test
    void readsTheDocumentsSuccessCallback() {
        PayInCallback callback = PayInCallback.read(PayInSignTest.DOC_CALLBACK).orElseThrow();
        assertThat(callback.reference()).isEqualTo("1386503284355244033");
        assertThat(callback.merchantId()).isEqualTo("1002001");
        assertThat(callback.dedupKey()).isEqualTo("PAYIN8551790545658687488|SUCCESS|20000");
        assertThat(callback.report()).isEqualTo(new GatewayReport(PaymentStatus.PAID, Money.idr(20_000), Money.idr(2_500),
                "PAYIN8551790545658687488", "SUCCESS", GatewayReport.Source.NOTIFICATION));
    }

    @Test
    void readsAFailCallbackAndAmountsAsStrings() {
        String body = PayInSignTest.DOC_CALLBACK.replace("\"SUCCESS\"", "\"FAIL\"").replace("20000.00", "\"20000\"");
        PayInCallback callback = PayInCallback.read(body).orElseThrow();
        assertThat(callback.report().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(callback.dedupKey()).isEqualTo("PAYIN8551790545658687488|FAIL|20000");
    }

    @Test
    void givesTheSameKeyForTheSameCallbackWrittenDifferently() {
        String again = PayInSignTest.DOC_CALLBACK.replace("20000.00", "20000.0");
        assertThat(PayInCallback.read(again).orElseThrow().dedupKey())
                .isEqualTo(PayInCallback.read(PayInSignTest.DOC_CALLBACK).orElseThrow().dedupKey());
    }

    @Test
    void leavesTheReportOutWhenTheStatusCannotBeTranslated() {
        assertThat(PayInCallback.read(PayInSignTest.DOC_CALLBACK.replace("\"SUCCESS\"", "\"REFUNDED\"")).orElseThrow()
                .report()).isNull();
    }

    @Test
    void passesAnAmountItCannotReadToTheDomainAsWhatItIs() {
        assertThat(PayInCallback.read(PayInSignTest.DOC_CALLBACK.replace("20000.00", "20000.001")).orElseThrow()
                .report().amount()).isEqualTo(new ReportedAmount.Unreadable("20000.001",
                        ExternalNumber.Refusal.TOO_MANY_FRACTION_DIGITS));
        assertThat(PayInCallback.read(PayInSignTest.DOC_CALLBACK.replace("20000.00", "\"abc\"")).orElseThrow()
                .report().amount()).isEqualTo(new ReportedAmount.Unreadable("abc", ExternalNumber.Refusal.NOT_A_NUMBER));
        assertThat(PayInCallback.read(PayInSignTest.DOC_CALLBACK.replace("\"amount\":20000.00,", "")).orElseThrow()
                .report().amount()).isEqualTo(ReportedAmount.MISSING);
        assertThat(PayInCallback.read(PayInSignTest.DOC_CALLBACK.replace("20000.00", "1e10000000")).orElseThrow()
                .report().amount()).isEqualTo(new ReportedAmount.Unreadable("1E+10000000", ExternalNumber.Refusal.EXPONENT));
    }

    @Test
    void aCurrencyItNamesIsHonouredAndAKeyTwiceIsRefused() {
        assertThat(PayInCallback.read(PayInSignTest.DOC_CALLBACK.replace("\"amount\":20000.00,",
                "\"amount\":20000.00,\"currency\":\"USD\",")).orElseThrow().report().amount())
                .isInstanceOf(ReportedAmount.OtherCurrency.class);
        assertThat(PayInCallback.read(PayInSignTest.DOC_CALLBACK.replace("\"amount\":20000.00,",
                "\"amount\":20000.00,\"currency\":\"IDR\",")).orElseThrow().report().amount().asMoney()).isPresent();
        assertThat(PayInCallback.read(PayInSignTest.DOC_CALLBACK.replace("\"amount\":20000.00,",
                "\"amount\":\"1.00\",\"amount\":20000.00,"))).as("ambiguous: never 'the last one wins'").isEmpty();
    }

    @Test
    void refusesBodiesThatAreNotPayInCallbacks() {
        assertThat(PayInCallback.read("not json")).isEmpty();
        assertThat(PayInCallback.read("[]")).isEmpty();
        assertThat(PayInCallback.read("{\"orderStatus\":\"SUCCESS\"}")).isEmpty();
        assertThat(PayInCallback.read("")).isEmpty();
    }
}
