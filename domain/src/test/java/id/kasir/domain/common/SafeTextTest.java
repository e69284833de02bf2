package id.kasir.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {

    @ParameterizedTest(name = "an identifier refuses U+{0}")
    @ValueSource(strings = {"0000", "000D", "000A", "0009", "007F", "0085", "202E", "202A", "2066", "200B", "200E",
            "FEFF", "00AD", "2028", "2029", "D800", "DFFF"})
    void anIdentifierRefusesControlFormatBidiSeparatorAndSurrogateCharacters(String hex) {
        String id = "INV-" + (char) Integer.parseInt(hex, 16) + "1";

        assertThat(SafeText.problemInIdentifier(id)).get().asString()
                .startsWith("must not contain U+" + hex).contains("(at character 5)");
    }

    @Test
    void anIdentifierKeepsLettersDigitsPunctuationSpacesAndCharactersBeyondTheBasicPlane() {
        assertThat(SafeText.problemInIdentifier("INV 2026/11-ü_测试#1 🧾")).isEmpty();
        assertThat(SafeText.problemInIdentifier(null)).isEmpty();
    }

    @Test
    void freeTextKeepsTheZeroWidthJoinerOfAnEmojiSequenceButRefusesBidiControlsAndLineBreaks() {
        assertThat(SafeText.problemInText("Kopi untuk 👩\u200D💻 Budi")).isEmpty();
        assertThat(SafeText.problemInIdentifier("Kopi untuk 👩\u200D💻 Budi")).isPresent();
        assertThat(SafeText.problemInText("Kopi \u202Esusu")).get().asString()
                .contains("U+202E RIGHT-TO-LEFT OVERRIDE");
        assertThat(SafeText.problemInText("Kopi\nsusu")).isPresent();
        assertThat(SafeText.problemInText("Kopi\u2028susu")).isPresent();
        assertThat(SafeText.problemInText("Kopi " + '\uDC00')).get().asString().contains("U+DC00");
    }

    @Test
    void textHelpersNameTheField() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Text.identifier("A\u0000", "orderId")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("orderId must not contain U+0000 NULL");
        assertThat(Text.identifier("ORD-1", "orderId")).isEqualTo("ORD-1");
        assertThat(Text.freeText(null, "description")).isNull();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"INV-2001\u3164", "INV-2001\u115F", "INV-2001\u2800",
            "INV\u00A02001", "INV\u30002001", "INV\u20002001", "INV\u16802001", "INV-2001\u034F", "INV-2001\uFE0F",
            "INV-2001\uE000", "INV-2001\uFFFF", "INV-2001\u0378", "NFD-cafe\u0301"})
    void anIdentifierThatLooksLikeAnotherIsRefused(String id) {
        assertThat(SafeText.problemInIdentifier(id)).isPresent();
        assertThat(SafeText.problemInIdentifier("NFC-caf\u00e9")).isEmpty();
    }
}
