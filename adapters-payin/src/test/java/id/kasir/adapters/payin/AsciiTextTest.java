package id.kasir.adapters.payin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiTextTest {

    @Test
    void dropsAccentsAndCharactersOutsidePrintableAscii() {
        assertThat(AsciiText.of("Kopi Café ☕ für Señor", 32)).isEqualTo("Kopi Cafe fur Senor");
        assertThat(AsciiText.of("Pembayaran\tpesanan\n#123", 32)).isEqualTo("Pembayaran pesanan #123");
    }

    @Test
    void cutsToTheLimitWithoutATrailingSpace() {
        assertThat(AsciiText.of("Electronic Cigarettes and other things", 32))
                .isEqualTo("Electronic Cigarettes and other").hasSizeLessThanOrEqualTo(32);
    }

    @Test
    void givesEmptyTextForNothingUsable() {
        assertThat(AsciiText.of(null, 32)).isEmpty();
        assertThat(AsciiText.of("商品", 32)).isEmpty();
    }
}
