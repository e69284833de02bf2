package id.kasir.adapters.cashin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bank Indonesia SNAP signatures as Cash In uses them. The string to sign is
 * {@code METHOD:path:sha256hex(minified body):X-TIMESTAMP}; requests to the SNAP APIs are signed
 * SHA256withRSA with the merchant's private key, checkout-page requests with an HMAC of the client
 * secret (no access token in the string: that API has none), and Cash In's notifications are verified
 * with Cash In's public key. Signatures are Base64.
 */
public final class CashInSnapSigner {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Byte-for-byte what goes in X-TIMESTAMP and in the string to sign. */
    public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final String hmacAlgorithm;
    private final byte[] secret;
    private final PrivateKey merchantKey;
    private final PublicKey gatewayKey;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CashInSnapSigner(String hmacAlgorithm, String secretKey, PrivateKey merchantKey, PublicKey gatewayKey,
                            Clock clock) {
        this.hmacAlgorithm = Objects.requireNonNull(hmacAlgorithm, "hmacAlgorithm");
        this.secret = Objects.requireNonNull(secretKey, "secretKey").getBytes(StandardCharsets.UTF_8);
        this.merchantKey = merchantKey;
        this.gatewayKey = gatewayKey;
        this.clock = Objects.requireNonNull(clock, "clock");
        try {
            Mac.getInstance(hmacAlgorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Unknown HMAC algorithm '" + hmacAlgorithm
                    + "' (kasir.providers.cashin.hmac-algorithm): use e.g. HmacSHA512 or HmacSHA256", e);
        }
    }

    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.atZone(JAKARTA));
    }

    public String timestampNow() {
        return timestamp(clock.instant());
    }

    /**
     * A fresh X-EXTERNAL-ID: SNAP wants a numeric string, unique per partner per day, at most 36
     * characters. The time in milliseconds (13 digits) plus 19 random digits: unique across nodes
     * without coordination. A new one for every request, retries included.
     */
    public String newExternalId() {
        StringBuilder id = new StringBuilder(32).append(clock.millis());
        while (id.length() < 32) {
            id.append((char) ('0' + random.nextInt(10)));
        }
        return id.toString();
    }

    /**
     * Removes whitespace outside string values, keeping keys in their order: what SNAP hashes. Works on
     * the text, never on a parsed object, so what we hash is what was sent or received.
     */
    public static String minify(String json) {
        if (json == null || json.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Lowercase hex SHA-256 of the minified body (of the empty string for no body). */
    public static String bodyHash(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(minify(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    public static String stringToSign(String method, String path, String body, String timestamp) {
        return method + ":" + path + ":" + bodyHash(body) + ":" + timestamp;
    }

    /** SHA256withRSA with the merchant's private key, Base64: the SNAP APIs' X-SIGNATURE. */
    public String signAsymmetric(String stringToSign) {
        if (merchantKey == null) {
            throw new IllegalStateException("No merchant private key configured (kasir.providers.cashin.private-key)");
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(merchantKey);
            rsa.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign with the merchant's private key", e);
        }
    }

    /** Whether Cash In's own key made this signature over this string (its notifications). */
    public boolean verifyGatewaySignature(String stringToSign, String signatureBase64) {
        return verifyAsymmetric(stringToSign, signatureBase64, gatewayKey);
    }

    public static boolean verifyAsymmetric(String stringToSign, String signatureBase64, PublicKey key) {
        if (key == null || signatureBase64 == null || signatureBase64.isBlank()) {
            return false;
        }
        try {
            byte[] signature = Base64.getDecoder().decode(signatureBase64.trim());
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return rsa.verify(signature);
        } catch (IllegalArgumentException | GeneralSecurityException notASignature) {
            return false;
        }
    }

    /** HMAC of the client secret, Base64: the checkout-page API's X-SIGNATURE. */
    public String signSymmetric(String stringToSign) {
        try {
            Mac mac = Mac.getInstance(hmacAlgorithm);
            mac.init(new SecretKeySpec(secret, hmacAlgorithm));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not compute " + hmacAlgorithm, e);
        }
    }

    public boolean verifySymmetric(String stringToSign, String signatureBase64) {
        if (signatureBase64 == null) {
            return false;
        }
        byte[] expected = signSymmetric(stringToSign).getBytes(StandardCharsets.US_ASCII);
        // Constant time, so the comparison does not leak how much of a forged signature was right.
        return MessageDigest.isEqual(expected, signatureBase64.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
