package id.kasir.domain.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Which characters an identifier or a free text from outside may hold, so that what a person sees in
 * the portal, a CSV or a log is what is stored.
 *
 * <ul>
 *   <li><b>Identifiers</b> (order ids, customer ids, {@code Idempotency-Key}s, URLs, phone numbers,
 *       e-mail addresses) refuse every character of the Unicode general categories Cc (controls: NUL,
 *       CR, LF, TAB…), Cf (format: zero-width space, soft hyphen, the bidirectional overrides such as
 *       U+202E…), Cs (surrogates: a lone one is not a character at all, and MySQL's utf8mb4 cannot
 *       store it), Zl and Zp (line and paragraph separators). Otherwise {@code INV-1} and
 *       {@code INV-1} followed by a zero-width space would be two orders that look like one. For the same
 *       reason identifiers also refuse what looks like nothing or like a plain space: every space but
 *       U+0020 (no-break, ideographic, en quad…), Unicode's default-ignorable code points (Hangul fillers
 *       U+115F/U+1160/U+3164/U+FFA0, the combining grapheme joiner U+034F, variation selectors), the braille
 *       blank U+2800, private-use (Co) and unassigned (Cn, incl. U+FFFF) code points; and they must be in
 *       Unicode normalization form NFC, so {@code café} typed two ways is one identifier, not two.</li>
 *   <li><b>Free text</b> (a description, a customer's name) keeps the format characters writing needs
 *       (the zero-width joiner inside an emoji sequence, a soft hyphen) but refuses controls,
 *       surrogates, line and paragraph separators and the bidirectional controls, which can make a
 *       text read differently from how it is stored ("Trojan Source", CVE-2021-42574).</li>
 * </ul>
 *
 * Source of the categories: the Unicode Character Database as the JDK knows it
 * ({@link Character#getType(int)}).
 */
public final class SafeText {

    private SafeText() {
    }

    /** Why {@code value} is not a safe identifier (naming the first refused character), or empty when it is. */
    public static Optional<String> problemInIdentifier(String value) {
        return firstRefused(value, true);
    }

    /** Why {@code value} is not a safe free text, or empty when it is. */
    public static Optional<String> problemInText(String value) {
        return firstRefused(value, false);
    }

    private static Optional<String> firstRefused(String value, boolean identifier) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (refused(codePoint, identifier)) {
                return Optional.of("must not contain " + describe(codePoint) + " (at character " + (i + 1)
                        + "): control, format, bidirectional, separator and surrogate characters are refused");
            }
            i += Character.charCount(codePoint);
        }
        if (identifier && !Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            return Optional.of("must be in Unicode normalization form NFC (a letter and its accent as one character, "
                    + "as keyboards type them)");
        }
        return Optional.empty();
    }

    private static boolean refused(int codePoint, boolean identifier) {
        int type = Character.getType(codePoint);
        return switch (type) {
            case Character.CONTROL, Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            case Character.FORMAT -> identifier || isBidirectionalControl(codePoint);
            case Character.SPACE_SEPARATOR -> identifier && codePoint != ' ';
            case Character.PRIVATE_USE, Character.UNASSIGNED -> identifier;
            default -> identifier && looksLikeNothing(codePoint);
        };
    }

    /**
     * Default-ignorable code points of Unicode's DerivedCoreProperties that are not Cf/Cn (those are refused by
     * category), and the braille blank: characters a reader cannot see.
     */
    private static boolean looksLikeNothing(int codePoint) {
        return codePoint == 0x034F || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164
                || codePoint == 0xFFA0 || codePoint == 0x2800 || codePoint == 0x17B4 || codePoint == 0x17B5
                || (codePoint >= 0x180B && codePoint <= 0x180F) || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    /** The explicit bidirectional formatting characters of Unicode's UAX #9 (embeddings, overrides, isolates, marks). */
    private static boolean isBidirectionalControl(int codePoint) {
        return codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    private static String describe(int codePoint) {
        String hex = "U+" + String.format(Locale.ROOT, "%04X", codePoint);
        String name = Character.getName(codePoint);
        return name == null ? hex : hex + " " + name;
    }
}
