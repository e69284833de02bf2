package id.kasir.sandbox.payin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayInQrisPayloadTest {

    @Test
    void computesTheCrc16CcittFalseCheckValue() {
        assertThat(PayInQrisPayload.crc16("123456789")).isEqualTo("29B1");
    }

    @Test
    void agreesWithAnIndependentCrcOfAQrisPrefix() {
        // python3: '%04X' % binascii.crc_hqx(s.encode(), 0xFFFF)  ->  0ABE
        String covered = "00020101021226300014ID.CO.QRIS.WWW0303UKE5204737953033605408150000.005802ID6304";
        assertThat(PayInQrisPayload.crc16(covered)).isEqualTo("0ABE");
        assertThat(PayInQrisPayload.hasValidCrc(covered + "0ABE")).isTrue();
        assertThat(PayInQrisPayload.hasValidCrc(covered + "0abe")).isTrue();
    }

    @Test
    void buildsADynamicQrisWithTheAmountInTag54AndAValidCrc() {
        String payload = PayInQrisPayload.forOrder("PAYIN8551844049125523456", new BigDecimal("20000"));

        Map<String, String> tags = PayInQrisPayload.tags(payload);
        assertThat(tags).containsEntry("00", "01").containsEntry("01", "12").containsEntry("53", "360")
                .containsEntry("54", "20000.00").containsEntry("58", "ID");
        assertThat(tags.get("62")).contains("PAYIN8551844049125523456");
        assertThat(tags.get("63")).hasSize(4);
        assertThat(PayInQrisPayload.hasValidCrc(payload)).isTrue();
    }

    @Test
    void noticesATamperedAmount() {
        String payload = PayInQrisPayload.forOrder("PAYIN8551844049125523456", new BigDecimal("20000"));
        String tampered = payload.replace("540820000.00", "540821000.00");

        assertThat(tampered).isNotEqualTo(payload);
        assertThat(PayInQrisPayload.hasValidCrc(tampered)).isFalse();
    }
}
