package id.kasir.sandbox.cashin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the checkout-page API's X-SIGNATURE: Base64(HMAC(secret, METHOD:relativePath:bodyHash:X-TIMESTAMP)),
 * with no access token in the string. Only the configured algorithm is accepted.
 */
final class CashInSymmetricSignatureVerifier {

    private final String algorithm;
    private final byte[] secret;

    CashInSymmetricSignatureVerifier(String algorithm, String secretKey) {
        this.algorithm = algorithm;
        this.secret = secretKey.getBytes(StandardCharsets.UTF_8);
        sign("probe");
    }

    static String stringToSign(String method, String relativePath, String body, String timestamp) {
        return method + ":" + relativePath + ":" + JsonMinifier.bodyHash(body) + ":" + timestamp;
    }

    boolean verifies(String method, String relativePath, String body, String timestamp, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        byte[] expected = sign(stringToSign(method, relativePath, body, timestamp)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
    }

    String sign(String stringToSign) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC algorithm " + algorithm + " is not available", e);
        }
    }
}
