package id.kasir.adapters.cashin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An EMVCo merchant-presented QRIS payload: tag (2 digits), length (2 digits), value, repeated; tag 63
 * last, a CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR) over everything
 * before its value including {@code 6304}, as four uppercase hex digits.
 */
public final class QrisPayload {

    private QrisPayload() {
    }

    /** Why the payload cannot be shown to a customer, or empty when it is sound. */
    public static Optional<String> problem(String payload) {
        if (payload == null || payload.isBlank()) {
            return Optional.of("no qrContent");
        }
        Map<String, String> tags;
        try {
            tags = topLevelTags(payload);
        } catch (IllegalArgumentException e) {
            return Optional.of("qrContent is not tag-length-value: " + e.getMessage());
        }
        if (!payload.matches("(?s).*6304[0-9A-Fa-f]{4}")) {
            return Optional.of("qrContent does not end with a CRC (tag 63)");
        }
        String expected = crc(payload.substring(0, payload.length() - 4));
        String actual = payload.substring(payload.length() - 4).toUpperCase(Locale.ROOT);
        if (!expected.equals(actual)) {
            return Optional.of("qrContent CRC is " + actual + ", computed " + expected);
        }
        if (!tags.containsKey("00")) {
            return Optional.of("qrContent has no payload format indicator (tag 00)");
        }
        return Optional.empty();
    }

    /** Tag 54, the transaction amount, when the payload has one. */
    public static Optional<String> amount(String payload) {
        try {
            return Optional.ofNullable(topLevelTags(payload).get("54"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String crc(String data) {
        int crc = 0xFFFF;
        for (byte b : data.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return String.format(Locale.ROOT, "%04X", crc);
    }

    static Map<String, String> topLevelTags(String payload) {
        Map<String, String> tags = new LinkedHashMap<>();
        int i = 0;
        while (i < payload.length()) {
            if (i + 4 > payload.length()) {
                throw new IllegalArgumentException("truncated at position " + i);
            }
            String tag = payload.substring(i, i + 2);
            String len = payload.substring(i + 2, i + 4);
            if (!tag.matches("\\d\\d") || !len.matches("\\d\\d")) {
                throw new IllegalArgumentException("bad tag or length at position " + i);
            }
            int length = Integer.parseInt(len);
            if (i + 4 + length > payload.length()) {
                throw new IllegalArgumentException("tag " + tag + " runs past the end");
            }
            tags.put(tag, payload.substring(i + 4, i + 4 + length));
            i += 4 + length;
        }
        return tags;
    }
}
