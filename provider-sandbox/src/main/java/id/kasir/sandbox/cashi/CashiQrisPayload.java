package id.kasir.sandbox.cashi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The EMVCo merchant-presented QR payload of a dynamic QRIS, as Cashi's QR would carry it: point of
 * initiation 12 (dynamic), currency 360, tag 54 = the amount to pay (unique code included, since the
 * customer's app must transfer exactly that), and the CRC-16/CCITT-FALSE in tag 63.
 */
final class CashiQrisPayload {

    static final String MERCHANT_NAME = "KASIR SANDBOX CASHI";
    static final String MERCHANT_CITY = "JAKARTA";

    private CashiQrisPayload() {
    }

    static String forOrder(String orderId, long amountToPay) {
        if (amountToPay <= 0) {
            throw new IllegalArgumentException("amount to pay must be positive");
        }
        StringBuilder payload = new StringBuilder()
                .append(field("00", "01"))
                .append(field("01", "12"))
                .append(field("26", field("00", "ID.CO.CASHI.WWW")
                        + field("01", "936009990000000001")
                        + field("02", "CASHISANDBOX0001")
                        + field("03", "UMI")))
                .append(field("51", field("00", "ID.CO.QRIS.WWW")
                        + field("02", "ID1025000000001")
                        + field("03", "UMI")))
                .append(field("52", "5999"))
                .append(field("53", "360"))
                .append(field("54", Long.toString(amountToPay)))
                .append(field("58", "ID"))
                .append(field("59", MERCHANT_NAME))
                .append(field("60", MERCHANT_CITY))
                .append(field("61", "10110"))
                // Reference label is at most 25 characters in EMVCo; the order id may be up to 64.
                .append(field("62", field("05", tail(orderId, 25))))
                .append("6304");
        return payload + crc16CcittFalse(payload.toString());
    }

    /** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR), 4 uppercase hex digits. */
    static String crc16CcittFalse(String data) {
        int crc = 0xFFFF;
        for (byte b : data.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return String.format(Locale.ROOT, "%04X", crc);
    }

    static String field(String tag, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("EMVCo field " + tag + " is longer than 99 characters");
        }
        return tag + String.format(Locale.ROOT, "%02d", value.length()) + value;
    }

    private static String tail(String value, int max) {
        return value.length() <= max ? value : value.substring(value.length() - max);
    }
}
