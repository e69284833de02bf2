package id.kasir.sandbox.cashi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CashiQrisPayloadTest {

    @Test
    void computesTheCrc16CcittFalseCheckValue() {
        // The CRC catalogue's check value for CRC-16/CCITT-FALSE; python3: binascii.crc_hqx(b"123456789", 0xffff) = 0x29b1
        assertThat(CashiQrisPayload.crc16CcittFalse("123456789")).isEqualTo("29B1");
    }

    @Test
    void buildsADynamicQrisWhoseTag54IsTheAmountToPayAndWhoseCrcCoversEverythingBeforeIt() {
        // Built independently in python3 with the same tags; CRC from binascii.crc_hqx(payload_up_to_6304, 0xffff)
        String expected = "00020101021226680015ID.CO.CASHI.WWW01189360099900000000010216CASHISANDBOX00010303UMI"
                + "51440014ID.CO.QRIS.WWW0215ID10250000000010303UMI5204599953033605405150235802ID"
                + "5919KASIR SANDBOX CASHI6007JAKARTA61051011062120508INV-99216304DA77";

        assertThat(CashiQrisPayload.forOrder("INV-9921", 15023)).isEqualTo(expected);
    }

    @Test
    void keepsTheReferenceLabelWithinTwentyFiveCharacters() {
        String payload = CashiQrisPayload.forOrder("A".repeat(40) + "-TAIL-0123456789", 2001);

        assertThat(payload).contains("62290525" + ("A".repeat(40) + "-TAIL-0123456789").substring(31));
        assertThat(payload.substring(payload.length() - 4))
                .isEqualTo(CashiQrisPayload.crc16CcittFalse(payload.substring(0, payload.length() - 4)));
    }
}
