package id.kasir.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsRupiahAtTheCurrencysScaleOfTwoDecimals() {
        assertThat(Money.idr(15000).toPlainString()).isEqualTo("15000.00");
        assertThat(Money.idr("15000.5").toPlainString()).isEqualTo("15000.50");
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> Money.idr(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHasInsteadOfRounding() {
        assertThatThrownBy(() -> Money.idr("1.005")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decimals");
    }

    @Test
    void addsAndSubtractsWithinOneCurrency() {
        assertThat(Money.idr(15000).plus(Money.idr(23))).isEqualTo(Money.idr(15023));
        assertThat(Money.idr(15023).minus(Money.idr(23))).isEqualTo(Money.idr(15000));
    }

    @Test
    void refusesASubtractionThatWouldGoBelowZero() {
        assertThatThrownBy(() -> Money.idr(10).minus(Money.idr(11))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesArithmeticAcrossCurrencies() {
        Money usd = Money.of(new BigDecimal("1.00"), Currency.getInstance("USD"));
        assertThatThrownBy(() -> Money.idr(1).plus(usd)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IDR").hasMessageContaining("USD");
        assertThatThrownBy(() -> Money.idr(1).compareTo(usd)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalAmountsWrittenDifferentlyAreEqual() {
        assertThat(Money.idr("100")).isEqualTo(Money.idr("100.00"));
        assertThat(Money.idr("100").hashCode()).isEqualTo(Money.idr("100.00").hashCode());
    }

    @Test
    void givesWholeUnitsOnlyWhenNoFractionWouldBeLost() {
        assertThat(Money.idr(20000).toWholeUnits()).isEqualTo(20000L);
        assertThatThrownBy(() -> Money.idr("20000.50").toWholeUnits()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparesAmounts() {
        assertThat(Money.idr(1999).isLessThan(Money.idr(2000))).isTrue();
        assertThat(Money.idr(2001).isGreaterThan(Money.idr(2000))).isTrue();
        assertThat(Money.zero(Money.IDR).isZero()).isTrue();
    }
}
