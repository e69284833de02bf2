package id.kasir.adapters.payin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * PayIn's {@code Sign}: MD5 over the exact raw JSON body followed by the merchant's API key, as hex.
 * The document's example is uppercase, so we send uppercase; PayIn's own callbacks are compared
 * case-insensitively because the document does not promise a case.
 */
final class PayInSign {

    private final byte[] apiKey;

    PayInSign(String apiKey) {
        Objects.requireNonNull(apiKey, "apiKey");
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("kasir.providers.payin.api-key is empty");
        }
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code Sign} header for a body we send: exactly these bytes go on the wire. */
    String sign(byte[] rawBody) {
        return HexFormat.of().withUpperCase().formatHex(md5(rawBody));
    }

    String sign(String rawBody) {
        return sign(rawBody.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code received} is the Sign of these raw bytes; constant-time, case-insensitive. */
    boolean verify(byte[] rawBody, String received) {
        if (received == null || received.isBlank()) {
            return false;
        }
        byte[] expected = sign(rawBody).getBytes(StandardCharsets.US_ASCII);
        byte[] given = received.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private byte[] md5(byte[] rawBody) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(rawBody);
            md5.update(apiKey);
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK always has MD5", e);
        }
    }

    @Override
    public String toString() {
        return "PayInSign[apiKey=***]";
    }
}
