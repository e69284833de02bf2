package id.kasir.domain.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.domain.money.Money;
import id.kasir.domain.money.ReportedAmount;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.ReportOutcome;
import org.junit.jupiter.api.Test;

class ReconciliationRulesTest {

    @Test
    void aReportWhoseAmountCannotBeCheckedIsItsOwnLineAndNeverUnchanged() {
        ReportOutcome unusable = new ReportOutcome.UnusableAmount(Money.idr(15000), ReportedAmount.MISSING);

        assertThat(ReconciliationRules.outcomeOf(unusable)).isEqualTo(ReconciliationOutcome.REPORT_UNUSABLE);
        assertThat(ReconciliationRules.outcomeOf(new ReportOutcome.AmountMismatch(Money.idr(15000), Money.idr(1))))
                .isEqualTo(ReconciliationOutcome.AMOUNT_MISMATCH);
        assertThat(ReconciliationRules.outcomeOf(new ReportOutcome.Unchanged(PaymentStatus.OPEN)))
                .isEqualTo(ReconciliationOutcome.UNCHANGED);
    }

    @Test
    void theClockExpiresOnlyWhenTheGatewayAnsweredAndThePaymentIsStillInFlight() {
        assertThat(ReconciliationRules.mayExpireByClock(false, PaymentStatus.OPEN)).isFalse();
        assertThat(ReconciliationRules.mayExpireByClock(true, PaymentStatus.PAID)).isFalse();
        assertThat(ReconciliationRules.mayExpireByClock(true, PaymentStatus.OPEN)).isTrue();
    }
}
