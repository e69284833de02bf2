package id.kasir.application.operator;

import id.kasir.application.operator.WeakPasswordException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be, after NIST SP 800-63B section 5.1.1.2 ("memorized secret verifiers"): at
 * least {@value #MIN_LENGTH} characters (counted as Unicode code points; length beats composition rules,
 * so none are imposed), at most {@value #MAX_BYTES} bytes (bcrypt ignores anything longer), not
 * containing the username, not on a list of common or breached passwords, and a strength estimate of at
 * least {@value #MIN_SCORE} on zxcvbn's 0–4 scale (over 10^8 guesses) from {@link PasswordStrength}.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    /** zxcvbn's "safely unguessable: moderate protection from an offline slow-hash attack". */
    public static final int MIN_SCORE = 3;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordStrength strength;

    public PasswordRules(PasswordStrength strength) {
        this.strength = strength;
    }

    /**
     * @param username    the account's username (a password containing it is refused)
     * @param displayName the name shown for the account, or null
     * @throws WeakPasswordException with the first reason that applies
     */
    public void check(String password, String username, String displayName) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new WeakPasswordException(Reason.TOO_SHORT, "A password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new WeakPasswordException(Reason.TOO_LONG, "A password can be at most " + MAX_BYTES + " bytes long");
        }
        if (password.isBlank()) {
            throw new WeakPasswordException(Reason.BLANK, "A password cannot be only spaces");
        }
        List<String> names = names(username, displayName);
        String lower = password.toLowerCase(Locale.ROOT);
        if (names.stream().anyMatch(lower::contains)) {
            throw new WeakPasswordException(Reason.CONTAINS_USERNAME, "A password must not contain the username");
        }
        List<String> context = new ArrayList<>(names);
        context.add("kasir");
        PasswordStrength.Estimate estimate = strength.estimate(password, context);
        if (estimate.score() < MIN_SCORE) {
            Reason reason = estimate.weakness().orElse(Reason.GUESSABLE);
            throw new WeakPasswordException(reason, "This password is too easy to guess (" + reason.name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + "): use a longer phrase of unrelated words");
        }
    }

    /**
     * The username (3 characters or more) and each word of the display name of 4 or more, in lower case:
     * NIST's "context-specific words" that an attacker tries first.
     */
    private static List<String> names(String username, String displayName) {
        List<String> names = new ArrayList<>();
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (user.length() >= 3) {
            names.add(user);
        }
        String display = displayName == null ? "" : displayName.toLowerCase(Locale.ROOT);
        for (String word : display.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 4 && !names.contains(word)) {
                names.add(word);
            }
        }
        return names;
    }

    /** A random password of 20 characters without look-alikes (0/O, 1/l/I): about 116 bits. */
    public static String generate() {
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
