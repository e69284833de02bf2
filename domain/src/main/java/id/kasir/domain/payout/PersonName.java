package id.kasir.domain.payout;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Compares an account holder's name as the gateway confirmed it with the name the requester expected.
 * Names are compared after folding what differs in writing but not in meaning: letter case, accents,
 * punctuation and runs of spaces ({@code "Siti  Aminah"}, {@code "SITI AMINAH"} and {@code "Sití Aminah."}
 * are the same name); anything else is a mismatch a person must look at.
 */
public final class PersonName {

    private PersonName() {
    }

    public static boolean same(String a, String b) {
        return comparable(a).equals(comparable(b));
    }

    static String comparable(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
