package id.kasir.adapters.cashi;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cashi's webhook signature: HMAC-SHA256 of the raw body with the webhook secret, as hex, in a header
 * whose value some integrations prefix with {@code sha256=}. Checked over the bytes exactly as they
 * arrived, in constant time.
 */
public final class CashiWebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "sha256=";

    private final SecretKeySpec key;

    public CashiWebhookSignature(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("A webhook secret is needed to check signatures");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The lower-case hex HMAC of these bytes. */
    public String sign(byte[] rawBody) {
        return HexFormat.of().formatHex(mac(rawBody));
    }

    /** Whether the header value is the HMAC of the raw body; false for a missing or malformed value. */
    public boolean matches(byte[] rawBody, String headerValue) {
        if (headerValue == null) {
            return false;
        }
        String hex = headerValue.trim();
        if (hex.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            hex = hex.substring(PREFIX.length()).trim();
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(mac(rawBody), given);
    }

    private byte[] mac(byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(rawBody);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
