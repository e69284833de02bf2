package id.kasir.sandbox.cashin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Reads RSA keys given as PEM text or as a {@code classpath:} / {@code file:} location of a PEM file. */
final class PemKeys {

    private PemKeys() {
    }

    /** The PEM text itself, reading it from the location if the value is one. */
    static String pemText(String valueOrLocation) {
        String value = valueOrLocation.strip();
        try {
            if (value.startsWith("classpath:")) {
                String resource = value.substring("classpath:".length()).replaceFirst("^/", "");
                try (InputStream in = PemKeys.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("No key at " + value);
                    }
                    return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                }
            }
            if (value.startsWith("file:")) {
                return Files.readString(Path.of(value.substring("file:".length())), StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read key at " + value, e);
        }
        return value;
    }

    static PublicKey publicKey(String valueOrLocation) {
        try {
            byte[] der = der(pemText(valueOrLocation), "PUBLIC KEY");
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an X.509 RSA public key", e);
        }
    }

    static PrivateKey privateKey(String valueOrLocation) {
        try {
            byte[] der = der(pemText(valueOrLocation), "PRIVATE KEY");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not a PKCS#8 RSA private key", e);
        }
    }

    private static byte[] der(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("Expected a PEM block '" + begin + "'");
        }
        String base64 = pem.substring(from + begin.length(), to).replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }
}
