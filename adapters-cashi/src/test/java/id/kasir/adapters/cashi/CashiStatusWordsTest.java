package id.kasir.adapters.cashi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.domain.payment.PaymentStatus;
import org.junit.jupiter.api.Test;

class CashiStatusWordsTest {

    @Test
    void onlySettledMeansPaid() {
        assertThat(CashiStatusWords.toStatus("SETTLED")).contains(PaymentStatus.PAID);
        assertThat(CashiStatusWords.toStatus(" settled ")).contains(PaymentStatus.PAID);
        assertThat(CashiStatusWords.toStatus("PAID")).isEmpty();
        assertThat(CashiStatusWords.toStatus("SUCCESS")).isEmpty();
    }

    @Test
    void cashisPendingIsAnIssuedQrNotOurUnknown() {
        assertThat(CashiStatusWords.toStatus("PENDING")).contains(PaymentStatus.OPEN);
    }

    @Test
    void mapsTheOtherOutcomes() {
        assertThat(CashiStatusWords.toStatus("EXPIRED")).contains(PaymentStatus.EXPIRED);
        assertThat(CashiStatusWords.toStatus("FAILED")).contains(PaymentStatus.FAILED);
        assertThat(CashiStatusWords.toStatus("CANCELLED")).contains(PaymentStatus.CANCELLED);
        assertThat(CashiStatusWords.toStatus("CANCELED")).contains(PaymentStatus.CANCELLED);
    }

    @Test
    void leavesAWordItDoesNotKnowUnmappedRatherThanGuessingFailed() {
        assertThat(CashiStatusWords.toStatus("REFUNDED")).isEmpty();
        assertThat(CashiStatusWords.toStatus("")).isEmpty();
        assertThat(CashiStatusWords.toStatus(null)).isEmpty();
    }
}
