package id.kasir.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExternalNumberTest {

    @Test
    void aTenMillionDigitExponentIsRefusedForItsExponentWithoutBeingBuilt() {
        // 1e10000000 as BigDecimal would need a 10,000,000-digit BigInteger at scale 2; it is refused on sight.
        assertThat(ExternalNumber.read("1e10000000", 2))
                .isEqualTo(new ExternalNumber.Refused(ExternalNumber.Refusal.EXPONENT));
        assertThat(ExternalNumber.read("1E+10000000", 2))
                .isEqualTo(new ExternalNumber.Refused(ExternalNumber.Refusal.EXPONENT));
    }

    @Test
    void aTenMillionDigitNumberIsRefusedForItsLengthBeforeItsCharactersAreRead() {
        String huge = "9".repeat(10_000_000);
        assertThat(ExternalNumber.read(huge, 2)).isEqualTo(new ExternalNumber.Refused(ExternalNumber.Refusal.TOO_LONG));
        assertThat(ExternalNumber.read("x" + huge, 2))
                .isEqualTo(new ExternalNumber.Refused(ExternalNumber.Refusal.TOO_LONG));
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "abc|NOT_A_NUMBER", "-15000.00|NEGATIVE", "+15000|SIGNED", "14999.999|TOO_MANY_FRACTION_DIGITS",
            "1e400|EXPONENT", "1.5E3|EXPONENT", "' 15000'|NOT_A_NUMBER", "'15000 '|NOT_A_NUMBER",
            "15,000|NOT_A_NUMBER", "15.000.00|NOT_A_NUMBER", ".5|NOT_A_NUMBER", "5.|NOT_A_NUMBER", ".|NOT_A_NUMBER",
            "NaN|NOT_A_NUMBER", "Infinity|NOT_A_NUMBER", "0x10|NOT_A_NUMBER", "１５０００|NOT_A_NUMBER",
            "123456789012345678901|TOO_LONG"})
    void refused(String text, ExternalNumber.Refusal refusal) {
        assertThat(ExternalNumber.read(text, 2)).isEqualTo(new ExternalNumber.Refused(refusal));
    }

    @Test
    void emptyAndNullAreEmpty() {
        assertThat(ExternalNumber.read("", 2)).isEqualTo(new ExternalNumber.Refused(ExternalNumber.Refusal.EMPTY));
        assertThat(ExternalNumber.read(null, 2)).isEqualTo(new ExternalNumber.Refused(ExternalNumber.Refusal.EMPTY));
    }

    @ParameterizedTest
    @CsvSource({"0,0", "15000,15000", "15000.5,15000.5", "15000.00,15000.00", "99999999999999999.99,99999999999999999.99"})
    void plainDecimalsAreRead(String text, BigDecimal expected) {
        assertThat(ExternalNumber.read(text, 2)).isEqualTo(new ExternalNumber.Accepted(expected));
    }

    @Test
    void aParsedNumberIsJudgedFromPrecisionAndScaleWithoutExpandingIt() {
        assertThat(ExternalNumber.readParsed(new BigDecimal("1E+10000000"), 2))
                .isEqualTo(new ExternalNumber.Refused(ExternalNumber.Refusal.EXPONENT));
        assertThat(ExternalNumber.readParsed(new BigDecimal("1E+400"), 2))
                .isEqualTo(new ExternalNumber.Refused(ExternalNumber.Refusal.EXPONENT));
        assertThat(ExternalNumber.readParsed(new BigDecimal("1E+20"), 2))
                .isEqualTo(new ExternalNumber.Refused(ExternalNumber.Refusal.TOO_LONG));
        assertThat(ExternalNumber.readParsed(new BigDecimal("2E+4"), 2)).isEqualTo(new ExternalNumber.Accepted(new BigDecimal("20000")));
        assertThat(ExternalNumber.readParsed(new BigDecimal("14999.990"), 2))
                .isEqualTo(new ExternalNumber.Accepted(new BigDecimal("14999.990")));
        assertThat(ExternalNumber.readParsed(new BigDecimal("14999.999"), 2))
                .isEqualTo(new ExternalNumber.Refused(ExternalNumber.Refusal.TOO_MANY_FRACTION_DIGITS));
        assertThat(ExternalNumber.readParsed(new BigDecimal("-1"), 2))
                .isEqualTo(new ExternalNumber.Refused(ExternalNumber.Refusal.NEGATIVE));
    }

    @Test
    void rupiahWithoutFractionDigitsRefusesAnyFraction() {
        assertThat(ExternalNumber.read("1.5", 0))
                .isEqualTo(new ExternalNumber.Refused(ExternalNumber.Refusal.TOO_MANY_FRACTION_DIGITS));
    }
}
