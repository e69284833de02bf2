package id.kasir.sandbox.cashin;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The merchant's side of the signatures, written for the tests independently of the sandbox's verifiers:
 * bodies passed here are already minified, so the hash is simply SHA-256 of the bytes.
 */
final class CashInTestSigner {

    static final String SECRET = "sandbox-cashin-secret";

    private CashInTestSigner() {
    }

    static String now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(7)).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
    }

    static String sha256Hex(String minifiedBody) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(minifiedBody.getBytes(StandardCharsets.UTF_8)));
    }

    static String hmac(String algorithm, String secret, String stringToSign) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
        return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    static String checkoutSignature(String relativePath, String body, String timestamp) throws Exception {
        return hmac("HmacSHA512", SECRET, "POST:" + relativePath + ":" + sha256Hex(body) + ":" + timestamp);
    }

    static String snapSignature(String relativePath, String body, String timestamp) throws Exception {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(merchantPrivateKey());
        signer.update(("POST:" + relativePath + ":" + sha256Hex(body) + ":" + timestamp).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    static boolean verifiesWithCashInKey(String stringToSign, String signature) throws Exception {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(cashInPublicKey());
        verifier.update(stringToSign.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(signature));
    }

    static PrivateKey merchantPrivateKey() throws Exception {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pem("merchant-private.pem")));
    }

    static PublicKey cashInPublicKey() throws Exception {
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pem("cashin-public.pem")));
    }

    private static byte[] pem(String name) throws Exception {
        try (InputStream in = CashInTestSigner.class.getResourceAsStream("/sandbox-keys/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return Base64.getDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        }
    }
}
