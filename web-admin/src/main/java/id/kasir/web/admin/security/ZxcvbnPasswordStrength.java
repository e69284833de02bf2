package id.kasir.web.admin.security;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import id.kasir.application.operator.PasswordStrength;
import id.kasir.application.operator.WeakPasswordException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The application's {@link PasswordStrength} with zxcvbn4j (Dropbox's zxcvbn estimator, ported to Java):
 * it matches a password against its frequency lists — {@code passwords}, drawn from public password
 * breaches, English words, names — and against keyboard paths, repeats, runs and dates, and estimates
 * the guesses an attacker needs. Its English lists know nothing of Indonesian, so the words Indonesian
 * users most often build passwords from ({@code common-passwords-id.txt} beside this class) are added
 * to every estimate as if they were the user's own words.
 */
final class ZxcvbnPasswordStrength implements PasswordStrength {

    static final String INDONESIAN_COMMON_WORDS = "common-passwords-id.txt";

    /** Dictionaries, keyboards and all: built once, only read afterwards. */
    private final Zxcvbn zxcvbn = new Zxcvbn();
    private final List<String> indonesianCommonWords = readList(INDONESIAN_COMMON_WORDS);

    @Override
    public Estimate estimate(String password, List<String> context) {
        List<String> words = new ArrayList<>(context);
        words.addAll(indonesianCommonWords);
        Strength strength = zxcvbn.measure(password, words);
        try {
            return new Estimate(strength.getScore(), strength.getScore() >= 3 ? Optional.empty() : weakness(strength));
        } finally {
            strength.wipe();
        }
    }

    /** The pattern that covers most of the password says why it is guessable. */
    private static Optional<Reason> weakness(Strength strength) {
        return strength.getSequence().stream()
                .max(Comparator.comparingInt(Match::tokenLength))
                .map(ZxcvbnPasswordStrength::reason);
    }

    private static Reason reason(Match match) {
        return switch (match.pattern) {
            case Dictionary -> "passwords".equals(match.dictionaryName) || "user_inputs".equals(match.dictionaryName)
                    ? Reason.COMMON : Reason.GUESSABLE;
            case Repeat -> Reason.REPEATED;
            // zxcvbn reads "aaaaaaaaaaaa" as a run with step 0: to a person that is a repeat
            case Sequence -> match.token.chars().distinct().count() == 1 ? Reason.REPEATED : Reason.SEQUENCE;
            case Spatial -> Reason.KEYBOARD_PATTERN;
            case Date, Regex -> Reason.DATE; // zxcvbn's only regex is "recent year"
            case Bruteforce -> Reason.GUESSABLE;
        };
    }

    private static List<String> readList(String resource) {
        try (InputStream in = ZxcvbnPasswordStrength.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + ZxcvbnPasswordStrength.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
