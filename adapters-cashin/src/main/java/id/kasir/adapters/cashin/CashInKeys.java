package id.kasir.adapters.cashin;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Reads RSA keys from PEM text: the merchant's PKCS#8 private key and Cash In's X.509 public key.
 * Accepts the PEM with real line breaks or with literal {@code \n} (as an environment variable often
 * carries it). A PKCS#1 {@code BEGIN RSA PRIVATE KEY} is refused with the command that converts it.
 */
public final class CashInKeys {

    private CashInKeys() {
    }

    public static PrivateKey privateKey(String pem, String property) {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalArgumentException(property + " is a PKCS#1 key; convert it to PKCS#8 with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem'");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY", property)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(property + " is not an RSA PKCS#8 private key", e);
        }
    }

    public static PublicKey publicKey(String pem, String property) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY", property)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(property + " is not an RSA X.509 public key", e);
        }
    }

    public static boolean looksLikePem(String value) {
        return value != null && value.contains("-----BEGIN ");
    }

    private static byte[] der(String pem, String type, String property) {
        String text = pem.replace("\\n", "\n");
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(property + " has no '" + begin + "' block");
        }
        String base64 = text.substring(from + begin.length(), to).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + " is not valid Base64 inside its PEM block", e);
        }
    }
}
