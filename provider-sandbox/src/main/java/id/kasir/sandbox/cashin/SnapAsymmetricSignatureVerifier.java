package id.kasir.sandbox.cashin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Checks a SNAP request's X-SIGNATURE: SHA256withRSA over METHOD:relativePath:bodyHash:X-TIMESTAMP, verified
 * with the merchant's public key.
 */
final class SnapAsymmetricSignatureVerifier {

    private final PublicKey merchantKey;

    SnapAsymmetricSignatureVerifier(PublicKey merchantKey) {
        this.merchantKey = merchantKey;
    }

    static String stringToSign(String method, String relativePath, String body, String timestamp) {
        return method + ":" + relativePath + ":" + JsonMinifier.bodyHash(body) + ":" + timestamp;
    }

    boolean verifies(String method, String relativePath, String body, String timestamp, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        try {
            byte[] raw = Base64.getDecoder().decode(signature.strip());
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(merchantKey);
            verifier.update(stringToSign(method, relativePath, body, timestamp).getBytes(StandardCharsets.UTF_8));
            return verifier.verify(raw);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }
}
