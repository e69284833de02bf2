package id.kasir.domain.qris;

import id.kasir.domain.money.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An EMVCo merchant-presented QR (QRIS), read and checked before a customer ever sees it. Pure Java, the
 * one reader every gateway adapter uses (the sandbox keeps its own, independent writer).
 *
 * <p>Checked by {@link #check(String, Money)} (EMVCo MPM 1.1 and the QRIS standard):
 * <ul>
 *   <li>the whole text is tag (2 digits) – length (2 digits) – value, to the last character; the
 *       templates 26–51 (merchant accounts) and 62 (additional data) are themselves well-formed TLV;</li>
 *   <li>tag 00 (payload format) is first and {@code 01};</li>
 *   <li>tag 01 (point of initiation) is {@code 12}, dynamic: a static {@code 11} QR can be paid again and
 *       again and is refused for a one-off payment;</li>
 *   <li>tag 53 (currency) is {@code 360}, rupiah; tag 58 (country) is {@code ID};</li>
 *   <li>tag 54 (amount) is present, at most 13 characters, digits with an optional point and at most two
 *       decimals, and equal to the amount to pay;</li>
 *   <li>tag 63 is last, 4 hex digits (either case), the CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF)
 *       of everything before them including {@code 6304}.</li>
 * </ul>
 *
 * @param payload the text as the gateway gave it
 * @param tags    the top-level tags in order, values as written
 */
public record QrisCode(String payload, Map<String, String> tags) {

    /** Longest payload accepted; EMVCo's maximum is 512 characters. */
    public static final int MAX_LENGTH = 512;

    /** Why a QR cannot be shown to a customer. Behaviour is chosen from this, never from a message. */
    public enum Problem {
        EMPTY, TOO_LONG, MALFORMED_TLV, MALFORMED_TEMPLATE, BAD_PAYLOAD_FORMAT, STATIC_QR, NO_POINT_OF_INITIATION,
        WRONG_CURRENCY, NO_AMOUNT, MALFORMED_AMOUNT, WRONG_AMOUNT, WRONG_COUNTRY, NO_CRC, WRONG_CRC
    }

    /** The result of a check: the code, or its first problem with a detail for people. */
    public sealed interface Check {
        default boolean passed() {
            return this instanceof Passed;
        }
    }

    public record Passed(QrisCode code) implements Check {
    }

    public record Failed(Problem problem, String detail) implements Check {
        public Failed {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(detail, "detail");
        }
    }

    public QrisCode {
        Objects.requireNonNull(payload, "payload");
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** Tag 54, as written. */
    public String amountText() {
        return tags.get("54");
    }

    /**
     * Checks a QR for a one-off payment of {@code amountToPay} (see the class comment for every rule).
     * Never throws for any input.
     */
    public static Check check(String payload, Money amountToPay) {
        Objects.requireNonNull(amountToPay, "amountToPay");
        Check read = read(payload);
        if (!(read instanceof Passed passed)) {
            return read;
        }
        Map<String, String> tags = passed.code().tags();
        String initiation = tags.get("01");
        if (initiation == null) {
            return new Failed(Problem.NO_POINT_OF_INITIATION, "no point of initiation (tag 01)");
        }
        if (!"12".equals(initiation)) {
            return new Failed(Problem.STATIC_QR, "point of initiation (tag 01) is '" + initiation
                    + "', not 12 (dynamic): a static QR is not for a one-off payment");
        }
        if (!"360".equals(tags.get("53"))) {
            return new Failed(Problem.WRONG_CURRENCY, "currency (tag 53) is '" + tags.get("53") + "', not 360 (IDR)");
        }
        if (!"ID".equals(tags.get("58"))) {
            return new Failed(Problem.WRONG_COUNTRY, "country (tag 58) is '" + tags.get("58") + "', not ID");
        }
        String amount = tags.get("54");
        if (amount == null) {
            return new Failed(Problem.NO_AMOUNT, "no amount (tag 54)");
        }
        if (amount.length() > 13 || !amount.matches("[0-9]+(\\.[0-9]{1,2})?")) {
            return new Failed(Problem.MALFORMED_AMOUNT, "amount (tag 54) '" + amount + "' is not QRIS's amount format");
        }
        if (!amountToPay.currency().equals(Money.IDR) || new BigDecimal(amount).compareTo(amountToPay.amount()) != 0) {
            return new Failed(Problem.WRONG_AMOUNT, "amount (tag 54) is " + amount + ", the amount to pay is "
                    + amountToPay);
        }
        return passed;
    }

    /** Reads the structure and checks format indicator and CRC only (no payment rules). Never throws. */
    public static Check read(String payload) {
        if (payload == null || payload.isEmpty()) {
            return new Failed(Problem.EMPTY, "no QR content");
        }
        if (payload.length() > MAX_LENGTH) {
            return new Failed(Problem.TOO_LONG, "QR content is " + payload.length() + " characters, over "
                    + MAX_LENGTH);
        }
        Map<String, String> tags = new LinkedHashMap<>();
        String problem = tlv(payload, tags);
        if (problem != null) {
            return new Failed(Problem.MALFORMED_TLV, problem);
        }
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            int id = Integer.parseInt(tag.getKey());
            if ((id >= 26 && id <= 51) || id == 62) {
                String inner = tlv(tag.getValue(), new LinkedHashMap<>());
                if (inner != null) {
                    return new Failed(Problem.MALFORMED_TEMPLATE, "template " + tag.getKey() + ": " + inner);
                }
            }
        }
        if (!payload.startsWith("000201")) {
            return new Failed(Problem.BAD_PAYLOAD_FORMAT, "does not start with payload format indicator 000201");
        }
        String crc = tags.get("63");
        if (crc == null || !payload.endsWith("6304" + crc) || !crc.matches("[0-9A-Fa-f]{4}")) {
            return new Failed(Problem.NO_CRC, "no CRC (tag 63, 4 hex digits) at the end");
        }
        String expected = crc16(payload.substring(0, payload.length() - 4));
        if (!expected.equalsIgnoreCase(crc)) {
            return new Failed(Problem.WRONG_CRC, "CRC (tag 63) is " + crc + ", computed " + expected);
        }
        return new Passed(new QrisCode(payload, tags));
    }

    /** CRC-16/CCITT-FALSE of the text's UTF-8 bytes, as four upper-case hex digits ("123456789" → 29B1). */
    public static String crc16(String data) {
        int crc = 0xFFFF;
        for (byte b : data.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return String.format(Locale.ROOT, "%04X", crc);
    }

    /** Splits TLV into {@code into}; null when well-formed, else what is wrong. Duplicate tags are wrong. */
    private static String tlv(String text, Map<String, String> into) {
        int i = 0;
        while (i < text.length()) {
            if (i + 4 > text.length()) {
                return "truncated at position " + i;
            }
            if (!isDigits(text, i, i + 4)) {
                return "tag or length at position " + i + " is not two digits each";
            }
            String tag = text.substring(i, i + 2);
            int length = Integer.parseInt(text.substring(i + 2, i + 4));
            if (length == 0) {
                return "tag " + tag + " has length 00";
            }
            if (i + 4 + length > text.length()) {
                return "tag " + tag + " runs past the end";
            }
            if (into.put(tag, text.substring(i + 4, i + 4 + length)) != null) {
                return "tag " + tag + " appears twice";
            }
            i += 4 + length;
        }
        return into.isEmpty() ? "empty" : null;
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
