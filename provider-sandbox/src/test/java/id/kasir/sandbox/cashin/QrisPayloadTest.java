package id.kasir.sandbox.cashin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QrisPayloadTest {

    /** The sample payload printed in docs/payin.txt, as published. */
    private static final String PAYIN_SAMPLE = "00020101021226670016COM.XXXXBANK.COM01189360050300000908970214557141290981760303UKE"
            + "51370014ID.CO.QRIS.WWW0215ID2024357755824520473795303360540820000.005802ID5911Artha Tekno"
            + "6015JAKARTA SELATAN61051271062270108M7KZZ27Q0703A010804POSP6304F72B";

    @Test
    void computesTheStandardCheckValueOfCrc16CcittFalse() {
        assertThat(Crc16Ccitt.hex("123456789")).isEqualTo("29B1");
    }

    @Test
    void findsThatThePayInDocumentsSampleCarriesAWrongCrc() {
        // Its TLV structure is sound, but CRC-16/CCITT-FALSE over everything up to "6304" is 1552, not F72B
        // (probably the bank name was redacted to XXXXBANK after the CRC was computed).
        assertThat(QrisPayload.parse(PAYIN_SAMPLE)).containsEntry("54", "20000.00").containsEntry("63", "F72B");
        assertThat(Crc16Ccitt.hex(PAYIN_SAMPLE.substring(0, PAYIN_SAMPLE.length() - 4))).isEqualTo("1552");
        assertThat(QrisPayload.hasValidCrc(PAYIN_SAMPLE)).isFalse();
        assertThat(QrisPayload.hasValidCrc(PAYIN_SAMPLE.replace("6304F72B", "63041552"))).isTrue();
    }

    @Test
    void buildsADynamicPayloadWithTheAmountAndReferencesAndAValidCrc() {
        String payload = QrisPayload.dynamic("MCH-SANDBOX-KASIR", "KASIR SANDBOX", "JAKARTA", "10000.00",
                "PAY2501010000000000001", "REF1234567890");

        Map<String, String> tags = QrisPayload.parse(payload);
        assertThat(tags.keySet()).containsExactly("00", "01", "26", "51", "52", "53", "54", "58", "59", "60", "61", "62", "63");
        assertThat(tags).containsEntry("00", "01").containsEntry("01", "12").containsEntry("53", "360")
                .containsEntry("54", "10000.00").containsEntry("58", "ID").containsEntry("59", "KASIR SANDBOX");
        assertThat(QrisPayload.parse(tags.get("51"))).containsEntry("00", "ID.CO.QRIS.WWW");
        assertThat(QrisPayload.parse(tags.get("62"))).containsEntry("01", "PAY2501010000000000001")
                .containsEntry("05", "REF1234567890");
        assertThat(tags.get("63")).matches("[0-9A-F]{4}");
        assertThat(QrisPayload.hasValidCrc(payload)).isTrue();
    }
}
