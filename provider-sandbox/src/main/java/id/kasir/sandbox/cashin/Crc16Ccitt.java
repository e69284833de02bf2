package id.kasir.sandbox.cashin;

import java.nio.charset.StandardCharsets;

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor), as QRIS tag 63 uses. */
final class Crc16Ccitt {

    private Crc16Ccitt() {
    }

    static int crc(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return crc;
    }

    /** Four uppercase hex digits. */
    static String hex(String text) {
        return String.format("%04X", crc(text));
    }
}
