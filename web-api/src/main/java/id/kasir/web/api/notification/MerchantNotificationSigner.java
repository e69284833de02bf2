package id.kasir.web.api.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a notification: {@code v1=} + lowercase hex of HMAC-SHA256(secret, timestamp + "." + body).
 * The timestamp is inside the signature so that a captured notification cannot be replayed later
 * under a fresh timestamp; the {@code v1} label lets the scheme change without breaking receivers.
 */
public final class MerchantNotificationSigner {

    private final SecretKeySpec key;

    public MerchantNotificationSigner(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("A signing secret is required");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String sign(long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] signature = mac.doFinal((timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has HmacSHA256", e);
        }
    }
}
