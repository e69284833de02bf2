package id.kasir.adapters.payin;

import java.text.Normalizer;

/**
 * PayIn's {@code remark} takes "English characters or unaccented Spanish" in 32 characters: accents
 * are dropped ({@code "Kopi Café"} → {@code "Kopi Cafe"}), anything else outside printable ASCII
 * goes, runs of spaces become one, and the result is cut to the limit.
 */
final class AsciiText {

    private AsciiText() {
    }

    static String of(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 0x20 && c <= 0x7E) {
                out.append(c);
            } else if (Character.isWhitespace(c)) {
                out.append(' ');
            }
        }
        String collapsed = out.toString().replaceAll(" {2,}", " ").strip();
        return collapsed.length() <= maxLength ? collapsed : collapsed.substring(0, maxLength).stripTrailing();
    }
}
