package id.kasir.sandbox.payin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * PayIn's {@code Sign}: MD5 over the exact raw body bytes followed by the API key, as hex. PayIn sends it
 * uppercase (as in its examples) and accepts either case, so a merchant that lowercases is not punished.
 */
public final class PayInSign {

    private PayInSign() {
    }

    /** The uppercase hex MD5 of {@code body + apiKey}. */
    public static String of(byte[] body, String apiKey) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(body);
            md5.update(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JVM", e);
        }
    }

    /** Whether {@code sign} is the MD5 of {@code body + apiKey}, in either case; compared in constant time. */
    public static boolean matches(byte[] body, String apiKey, String sign) {
        if (sign == null || sign.isBlank()) {
            return false;
        }
        byte[] expected = of(body, apiKey).getBytes(StandardCharsets.US_ASCII);
        byte[] given = sign.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
