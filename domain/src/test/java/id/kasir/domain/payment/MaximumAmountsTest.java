package id.kasir.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaximumAmountsTest {

    private static final GatewayId CASHI = GatewayId.of("cashi");

    @Test
    void qrisCarriesWhatThirteenCharactersOfTag54HoldWithTwoDecimals() {
        Money capacity = MaximumAmounts.instrumentCapacity(PaymentMethod.QRIS);

        assertThat(capacity.toPlainString()).hasSize(13).isEqualTo("9999999999.00");
        assertThat(MaximumAmounts.INSTRUMENT_CAPACITY.maximumFor(CASHI, PaymentMethod.QRIS)).isEqualTo(capacity);
    }

    @Test
    void theOtherMethodsCarryWhatSnapsAmountStringOfNineteenCharactersHolds() {
        for (PaymentMethod method : new PaymentMethod[] {PaymentMethod.CHECKOUT_PAGE, PaymentMethod.EWALLET,
                PaymentMethod.VA}) {
            assertThat(MaximumAmounts.instrumentCapacity(method).toPlainString()).hasSize(19);
        }
    }

    @Test
    void aConfiguredMaximumAppliesToItsGatewayAndMethodOnly() {
        var maximums = new MaximumAmounts(Map.of(CASHI, Map.of(PaymentMethod.QRIS, Money.idr(10_000_000))));

        assertThat(maximums.maximumFor(CASHI, PaymentMethod.QRIS)).isEqualTo(Money.idr(10_000_000));
        assertThat(maximums.maximumFor(GatewayId.of("cashin"), PaymentMethod.QRIS))
                .isEqualTo(MaximumAmounts.instrumentCapacity(PaymentMethod.QRIS));
    }

    @Test
    void aConfiguredMaximumCannotExceedWhatTheInstrumentCarriesNorBeZero() {
        assertThatThrownBy(() -> new MaximumAmounts(Map.of(CASHI, Map.of(PaymentMethod.QRIS,
                Money.idr(10_000_000_000L))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most IDR 9999999999.00 (what QRIS can carry)");
        assertThatThrownBy(() -> new MaximumAmounts(Map.of(CASHI, Map.of(PaymentMethod.QRIS, Money.idr(0)))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
