package id.kasir.adapters.payin;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The EMVCo checksum of a QRIS payload: tag 63, length 04, a CRC-16/CCITT-FALSE (poly 0x1021, init
 * 0xFFFF) over everything before it including {@code 6304}, as four hex digits. A payload whose CRC
 * does not check out is refused by every bank app, so showing it to a customer helps nobody.
 */
final class QrisCrc {

    private static final String CRC_TAG = "6304";

    private QrisCrc() {
    }

    static String crc16(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return String.format(Locale.ROOT, "%04X", crc);
    }

    /** Whether the payload ends in a tag 63 whose CRC matches what precedes it. */
    static boolean checksOut(String payload) {
        if (payload == null || payload.length() < 8) {
            return false;
        }
        int crcAt = payload.length() - 4;
        if (!payload.startsWith(CRC_TAG, crcAt - CRC_TAG.length())) {
            return false;
        }
        return crc16(payload.substring(0, crcAt)).equalsIgnoreCase(payload.substring(crcAt));
    }
}
