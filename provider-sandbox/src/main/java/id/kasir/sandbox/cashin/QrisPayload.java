package id.kasir.sandbox.cashin;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An EMVCo merchant-presented QRIS payload: tag, two-digit length, value; tag 63 closes it with the
 * CRC-16/CCITT-FALSE of everything before it, {@code 6304} included.
 */
final class QrisPayload {

    private QrisPayload() {
    }

    /** A dynamic (point of initiation 12) payload for one amount, carrying both references in tag 62. */
    static String dynamic(String merchantId, String merchantName, String merchantCity, String amount,
                          String billNumber, String referenceLabel) {
        String merchantAccount = tlv("00", "ID.CO.CASHIN.WWW") + tlv("01", "936099990000000001")
                + tlv("02", merchantId) + tlv("03", "UMI");
        String qrisDomestic = tlv("00", "ID.CO.QRIS.WWW") + tlv("02", "ID1020000000001") + tlv("03", "UMI");
        String additional = tlv("01", billNumber) + tlv("05", referenceLabel) + tlv("07", "K01");
        String body = tlv("00", "01") + tlv("01", "12") + tlv("26", merchantAccount) + tlv("51", qrisDomestic)
                + tlv("52", "5999") + tlv("53", "360") + tlv("54", amount) + tlv("58", "ID")
                + tlv("59", merchantName) + tlv("60", merchantCity) + tlv("61", "12190")
                + tlv("62", additional) + "6304";
        return body + Crc16Ccitt.hex(body);
    }

    static String tlv(String tag, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("QRIS tag " + tag + " value is longer than 99 characters");
        }
        return tag + String.format("%02d", value.length()) + value;
    }

    /** Top-level tags in order; throws on a payload whose lengths do not add up. */
    static Map<String, String> parse(String payload) {
        Map<String, String> tags = new LinkedHashMap<>();
        int i = 0;
        while (i < payload.length()) {
            if (i + 4 > payload.length()) {
                throw new IllegalArgumentException("Truncated QRIS tag at " + i);
            }
            String tag = payload.substring(i, i + 2);
            int length = Integer.parseInt(payload.substring(i + 2, i + 4));
            if (i + 4 + length > payload.length()) {
                throw new IllegalArgumentException("QRIS tag " + tag + " runs past the end");
            }
            tags.put(tag, payload.substring(i + 4, i + 4 + length));
            i += 4 + length;
        }
        return tags;
    }

    /** Whether tag 63 is last and holds the CRC of everything before its value. */
    static boolean hasValidCrc(String payload) {
        int at = payload.length() - 8;
        return at >= 0 && payload.startsWith("6304", at)
                && Crc16Ccitt.hex(payload.substring(0, at + 4)).equals(payload.substring(at + 4));
    }
}
