package id.kasir.sandbox.cashin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Base64;

/** Signs what Cash In sends (its notifications): Base64 SHA256withRSA with Cash In's private key. */
final class SnapSigner {

    private final PrivateKey key;

    SnapSigner(PrivateKey key) {
        this.key = key;
    }

    String sign(String stringToSign) {
        try {
            java.security.Signature signer = java.security.Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with SHA256withRSA", e);
        }
    }
}
