package id.kasir.adapters.payin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Vectors from Python's binascii.crc_hqx (CRC-16/CCITT-FALSE with init 0xFFFF), independent of this code:
 * <pre>
 * python3 -c "import binascii; print('%04X' % binascii.crc_hqx(b'123456789', 0xFFFF))"   → 29B1
 * python3 -c "import binascii; print('%04X' % binascii.crc_hqx(DOC_PAYLOAD_UP_TO_6304.encode(), 0xFFFF))" → 1552
 * </pre>
 * The document's own example ends in {@code 6304F72B}: it was edited (XXXXBANK) after it was made,
 * so its CRC no longer matches, which is exactly the case we must catch.
 */
class QrisCrcTest {

    static final String DOC_PAYLOAD_BEFORE_CRC = "00020101021226670016COM.XXXXBANK.COM01189360050300000908970214557141"
            + "290981760303UKE51370014ID.CO.QRIS.WWW0215ID2024357755824520473795303360540820000.005802ID5911Artha Tekno"
            + "6015JAKARTA SELATAN61051271062270108M7KZZ27Q0703A010804POSP6304";
    static final String VALID_PAYLOAD = DOC_PAYLOAD_BEFORE_CRC + "1552";
    static final String DOC_PAYLOAD = DOC_PAYLOAD_BEFORE_CRC + "F72B";

    @Test
    void computesTheCcittFalseCheckValue() {
        assertThat(QrisCrc.crc16("123456789")).isEqualTo("29B1");
    }

    @Test
    void acceptsAPayloadWhoseTag63Matches() {
        assertThat(QrisCrc.checksOut(VALID_PAYLOAD)).isTrue();
        assertThat(QrisCrc.checksOut(DOC_PAYLOAD_BEFORE_CRC + "1552".toLowerCase())).isTrue();
    }

    @Test
    void refusesTheDocumentsEditedExampleAndPayloadsWithoutTag63() {
        assertThat(QrisCrc.checksOut(DOC_PAYLOAD)).isFalse();
        assertThat(QrisCrc.checksOut(DOC_PAYLOAD_BEFORE_CRC)).isFalse();
        assertThat(QrisCrc.checksOut("000201")).isFalse();
    }
}
