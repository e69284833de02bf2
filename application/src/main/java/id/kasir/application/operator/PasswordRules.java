package id.kasir.application.operator;

import id.kasir.domain.common.DomainRuleViolation;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * What a password must be: at least 12 characters (length beats complexity rules), at most 72 bytes
 * (bcrypt ignores or refuses anything longer).
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {
    }

    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new DomainRuleViolation("A password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new DomainRuleViolation("A password can be at most " + MAX_BYTES + " bytes long");
        }
        if (password.isBlank()) {
            throw new DomainRuleViolation("A password cannot be only spaces");
        }
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
