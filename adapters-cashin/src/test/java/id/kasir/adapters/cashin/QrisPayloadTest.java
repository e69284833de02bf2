package id.kasir.adapters.cashin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * CRC values computed with Python's {@code binascii.crc_hqx(data, 0xFFFF)}, which is CRC-16/CCITT-FALSE:
 * <pre>
 * python3 -c "import binascii; print(hex(binascii.crc_hqx(b'123456789', 0xFFFF)))"   -> 0x29b1
 * def t(tag,v): return tag+'%02d'%len(v)+v
 * mai=t('00','ID.CASHIN.WWW')+t('01','936000000000000102')+t('02','000000000000001')+t('03','UMI')
 * p=t('00','01')+t('01','12')+t('26',mai)+t('52','5812')+t('53','360')+t('54','10000.00')+t('58','ID')
 *   +t('59','KASIR TOKO')+t('60','JAKARTA')+t('61','12340')+t('62',t('05','K0MI8Z2Q4ABCDEFGHIJK'))+'6304'
 * print(p + '%04X' % binascii.crc_hqx(p.encode(), 0xFFFF))                            -> ...6304CB16
 * </pre>
 */
class QrisPayloadTest {

    @Test
    void computesTheStandardCheckValueOfCrc16CcittFalse() {
        assertThat(QrisPayload.crc("123456789")).isEqualTo("29B1");
    }

    @Test
    void acceptsAPayloadWhoseCrcIsRight() {
        assertThat(QrisPayload.problem(CashInClientsOverHttpTest.QR)).isEmpty();
        assertThat(QrisPayload.amount(CashInClientsOverHttpTest.QR)).contains("10000.00");
    }

    @Test
    void refusesAPayloadWithAWrongCrcOrATamperedAmount() {
        String qr = CashInClientsOverHttpTest.QR;
        assertThat(QrisPayload.problem(qr.substring(0, qr.length() - 4) + "0000")).get().asString().contains("CRC");
        assertThat(QrisPayload.problem(qr.replace("540810000.00", "540810001.00"))).get().asString().contains("CRC");
    }

    @Test
    void acceptsALowercaseCrc() {
        String qr = CashInClientsOverHttpTest.QR;
        assertThat(QrisPayload.problem(qr.substring(0, qr.length() - 4) + "cb16")).isEmpty();
    }

    @Test
    void refusesWhatIsNotAQrisPayload() {
        assertThat(QrisPayload.problem("")).isPresent();
        assertThat(QrisPayload.problem(null)).isPresent();
        assertThat(QrisPayload.problem("hello world")).isPresent();
        assertThat(QrisPayload.problem("000201")).isPresent();
    }
}
