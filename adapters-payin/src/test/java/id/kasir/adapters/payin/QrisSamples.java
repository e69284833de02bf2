package id.kasir.adapters.payin;

/**
 * PayIn's documented QRIS payCode. Its own CRC ({@code F72B}) no longer matches after the document was
 * edited (XXXXBANK); {@code 1552} is the right one, computed with Python's
 * {@code '%04X' % binascii.crc_hqx(text.encode(), 0xFFFF)}. It is for 20,000 rupiah (tag 54 {@code 20000.00}).
 */
final class QrisSamples {

    static final String DOC_PAYLOAD_BEFORE_CRC = "00020101021226670016COM.XXXXBANK.COM01189360050300000908970214557141"
            + "290981760303UKE51370014ID.CO.QRIS.WWW0215ID2024357755824520473795303360540820000.005802ID5911Artha Tekno"
            + "6015JAKARTA SELATAN61051271062270108M7KZZ27Q0703A010804POSP6304";
    static final String VALID_PAYLOAD = DOC_PAYLOAD_BEFORE_CRC + "1552";
    static final String DOC_PAYLOAD = DOC_PAYLOAD_BEFORE_CRC + "F72B";

    private QrisSamples() {
    }
}
