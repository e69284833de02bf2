package id.kasir.application.merchant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a key looks and how it is stored. Issued keys are {@code kasir_<env>_} followed by 43 URL-safe
 * characters (32 random bytes). The visible prefix is {@code kasir_<env>_} and the first
 * {@value #VISIBLE_RANDOM_CHARS} random characters: enough to tell keys apart and to find the stored
 * row without scanning every key, far too little to guess the rest.
 *
 * <p>Keys are stored as plain SHA-256 hex, not with a slow password hash: a password hash is slow to
 * make guessing a low-entropy secret expensive, but an issued key carries 256 random bits, so no
 * amount of guessing finds a preimage, while a slow hash would cost every API request tens of
 * milliseconds. (The bootstrap key an operator sets in {@code KASIR_API_KEY} is as strong as they
 * make it; we refuse anything shorter than {@value #MINIMUM_LENGTH} characters.)
 */
public final class ApiKeyFormat {

    public static final int MINIMUM_LENGTH = 20;
    static final int VISIBLE_RANDOM_CHARS = 6;
    private static final Pattern ISSUED = Pattern.compile("(kasir_[a-z0-9]{1,16}_)([A-Za-z0-9_-]+)");
    private static final Pattern ENVIRONMENT = Pattern.compile("[a-z0-9]{1,16}");

    private ApiKeyFormat() {
    }

    static String requireEnvironment(String environment) {
        if (environment == null || !ENVIRONMENT.matcher(environment).matches()) {
            throw new IllegalArgumentException("A key environment is 1 to 16 lowercase letters or digits, e.g. live or test");
        }
        return environment;
    }

    /** The part of a key that may be shown and stored in clear. */
    public static String prefixOf(String key) {
        Matcher issued = ISSUED.matcher(key);
        if (issued.matches()) {
            String random = issued.group(2);
            return issued.group(1) + random.substring(0, Math.min(VISIBLE_RANDOM_CHARS, random.length()));
        }
        return key.substring(0, Math.min(VISIBLE_RANDOM_CHARS, key.length()));
    }

    /** SHA-256 of the key's UTF-8 bytes, lowercase hex. */
    public static String hashOf(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
