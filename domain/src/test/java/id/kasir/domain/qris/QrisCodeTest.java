package id.kasir.domain.qris;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.domain.money.Money;
import id.kasir.domain.qris.QrisCode.Problem;
import org.junit.jupiter.api.Test;

/**
 * Valid dynamic QRs from the three gateways' documents and the sandbox, and broken ones. CRCs were
 * computed independently with Python: {@code '%04X' % binascii.crc_hqx(text.encode(), 0xFFFF)}.
 */
class QrisCodeTest {

    /** PayIn's document example (its own CRC F72B is stale after an edit; 1552 is right). */
    static final String PAYIN_DOC = "00020101021226670016COM.XXXXBANK.COM01189360050300000908970214557141"
            + "290981760303UKE51370014ID.CO.QRIS.WWW0215ID2024357755824520473795303360540820000.005802ID5911Artha Tekno"
            + "6015JAKARTA SELATAN61051271062270108M7KZZ27Q0703A010804POSP63041552";
    /** The Cashi sandbox's QR for INV-9921, 15023 rupiah. */
    static final String CASHI_SANDBOX = "00020101021226680015ID.CO.CASHI.WWW01189360099900000000010216CASHISANDBOX00010303UMI"
            + "51440014ID.CO.QRIS.WWW0215ID10250000000010303UMI5204599953033605405150235802ID"
            + "5919KASIR SANDBOX CASHI6007JAKARTA61051011062120508INV-99216304DA77";
    /** Cash In's QRIS for 10000.00. */
    static final String CASHIN = "00020101021226650013ID.CASHIN.WWW011893600000000000010202150000000000000010303UMI"
            + "520458125303360540810000.005802ID5910KASIR TOKO6007JAKARTA61051234062240520K0MI8Z2Q4ABCDEFGHIJK6304CB16";

    @Test
    void theGatewaysQrsPassForTheirAmount() {
        assertThat(QrisCode.check(PAYIN_DOC, Money.idr(20000))).isInstanceOf(QrisCode.Passed.class);
        assertThat(QrisCode.check(CASHI_SANDBOX, Money.idr(15023))).isInstanceOf(QrisCode.Passed.class);
        assertThat(QrisCode.check(CASHIN, Money.idr(10000))).isInstanceOf(QrisCode.Passed.class);
        assertThat(((QrisCode.Passed) QrisCode.check(CASHIN, Money.idr(10000))).code().amountText()).isEqualTo("10000.00");
    }

    @Test
    void aLowerCaseCrcIsAccepted() {
        assertThat(QrisCode.check(CASHIN.substring(0, CASHIN.length() - 4) + "cb16", Money.idr(10000)).passed()).isTrue();
    }

    @Test
    void aWrongCrcIsRefused() {
        assertThat(problem(PAYIN_DOC.replace("63041552", "6304F72B"), 20000)).isEqualTo(Problem.WRONG_CRC);
        assertThat(problem(PAYIN_DOC.substring(0, PAYIN_DOC.length() - 8), 20000)).isEqualTo(Problem.NO_CRC);
    }

    @Test
    void anotherAmountIsRefusedEvenWithItsOwnGoodCrc() {
        String oneRupiah = withCrc(CASHIN.replace("540810000.00", "54041.00"));
        assertThat(QrisCode.read(oneRupiah).passed()).isTrue();
        assertThat(problem(oneRupiah, 10000)).isEqualTo(Problem.WRONG_AMOUNT);
        assertThat(problem(CASHIN, 15000)).isEqualTo(Problem.WRONG_AMOUNT);
    }

    @Test
    void aStaticQrIsRefusedForAOneOffPayment() {
        assertThat(problem(withCrc(CASHIN.replace("010212", "010211")), 10000)).isEqualTo(Problem.STATIC_QR);
    }

    @Test
    void aQrWithoutAmountIsRefused() {
        assertThat(problem(withCrc(CASHIN.replace("540810000.00", "")), 10000)).isEqualTo(Problem.NO_AMOUNT);
    }

    @Test
    void anAmountOutsideQrisFormatIsRefused() {
        assertThat(problem(withCrc(CASHIN.replace("540810000.00", "54081.0000e4")), 10000))
                .isEqualTo(Problem.MALFORMED_AMOUNT);
        assertThat(problem(withCrc(CASHIN.replace("540810000.00", "541400000010000.00")), 10000))
                .isEqualTo(Problem.MALFORMED_AMOUNT);
    }

    @Test
    void badLengthsAndBrokenTemplatesAreRefused() {
        assertThat(problem(withCrc(CASHIN.replace("5802ID", "5803ID")), 10000)).isEqualTo(Problem.MALFORMED_TLV);
        assertThat(problem(withCrc(CASHIN.replace("0013ID.CASHIN.WWW", "0099ID.CASHIN.WWW")), 10000))
                .isEqualTo(Problem.MALFORMED_TEMPLATE);
        assertThat(problem("000201", 10000)).isEqualTo(Problem.NO_CRC);
        assertThat(problem("hello world", 10000)).isEqualTo(Problem.MALFORMED_TLV);
        assertThat(problem("", 10000)).isEqualTo(Problem.EMPTY);
        assertThat(problem(null, 10000)).isEqualTo(Problem.EMPTY);
        assertThat(problem("0".repeat(100_000), 10000)).isEqualTo(Problem.TOO_LONG);
    }

    @Test
    void wrongCurrencyOrCountryIsRefused() {
        assertThat(problem(withCrc(CASHIN.replace("5303360", "5303840")), 10000)).isEqualTo(Problem.WRONG_CURRENCY);
        assertThat(problem(withCrc(CASHIN.replace("5802ID", "5802SG")), 10000)).isEqualTo(Problem.WRONG_COUNTRY);
    }

    @Test
    void theCrcIsCcittFalse() {
        assertThat(QrisCode.crc16("123456789")).isEqualTo("29B1");
    }

    private static Problem problem(String payload, long rupiah) {
        QrisCode.Check check = QrisCode.check(payload, Money.idr(rupiah));
        assertThat(check).isInstanceOf(QrisCode.Failed.class);
        return ((QrisCode.Failed) check).problem();
    }

    private static String withCrc(String payload) {
        String body = payload.substring(0, payload.length() - 4);
        return body + QrisCode.crc16(body);
    }
}
