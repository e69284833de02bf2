package id.kasir.sandbox.payin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A dynamic QRIS payload (EMVCo merchant-presented mode) for one order, as PayIn's upstream would return
 * it in {@code payCode}: tag 54 carries the amount and tag 63 the CRC-16/CCITT-FALSE of everything before
 * it, so a wallet (or an adapter checking the code) can verify it.
 */
public final class PayInQrisPayload {

    private static final String MERCHANT_NAME = "KASIR SANDBOX";
    private static final String MERCHANT_CITY = "JAKARTA SELATAN";

    private PayInQrisPayload() {
    }

    /** The payload for an order: the order number goes in tag 62 (bill number) so each code is unique. */
    public static String forOrder(String orderNo, BigDecimal amount) {
        StringBuilder payload = new StringBuilder()
                .append(tlv("00", "01"))
                .append(tlv("01", "12"))
                .append(tlv("26", tlv("00", "ID.CO.KASIRSANDBOX.WWW") + tlv("01", "936000000000100200")
                        + tlv("02", "1002001") + tlv("03", "UKE")))
                .append(tlv("51", tlv("00", "ID.CO.QRIS.WWW") + tlv("02", "ID1020021002001") + tlv("03", "UKE")))
                .append(tlv("52", "7379"))
                .append(tlv("53", "360"))
                .append(tlv("54", amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString()))
                .append(tlv("58", "ID"))
                .append(tlv("59", MERCHANT_NAME))
                .append(tlv("60", MERCHANT_CITY))
                .append(tlv("61", "12710"))
                .append(tlv("62", tlv("01", orderNo) + tlv("07", "SANDBOX")))
                .append("6304");
        return payload.append(crc16(payload.toString())).toString();
    }

    /**
     * CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR) of the text's
     * bytes, as four uppercase hex digits. Its check value, for {@code 123456789}, is {@code 29B1}.
     */
    public static String crc16(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return String.format(Locale.ROOT, "%04X", crc);
    }

    /** Whether the payload ends in tag 63 holding the CRC of everything up to and including {@code 6304}. */
    public static boolean hasValidCrc(String payload) {
        if (payload == null || payload.length() < 8 || !payload.startsWith("6304", payload.length() - 8)) {
            return false;
        }
        String covered = payload.substring(0, payload.length() - 4);
        return crc16(covered).equalsIgnoreCase(payload.substring(payload.length() - 4));
    }

    /** The top-level tags of a payload, in order; throws {@link IllegalArgumentException} if it is not TLV. */
    public static Map<String, String> tags(String payload) {
        Map<String, String> tags = new LinkedHashMap<>();
        int at = 0;
        while (at < payload.length()) {
            if (at + 4 > payload.length()) {
                throw new IllegalArgumentException("truncated tag at " + at);
            }
            String tag = payload.substring(at, at + 2);
            int length = Integer.parseInt(payload.substring(at + 2, at + 4));
            if (at + 4 + length > payload.length()) {
                throw new IllegalArgumentException("tag " + tag + " runs past the end");
            }
            tags.put(tag, payload.substring(at + 4, at + 4 + length));
            at += 4 + length;
        }
        return tags;
    }

    private static String tlv(String tag, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("tag " + tag + " is longer than 99 characters");
        }
        return tag + String.format(Locale.ROOT, "%02d", value.length()) + value;
    }
}
