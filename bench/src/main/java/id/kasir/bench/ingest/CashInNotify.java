package id.kasir.bench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cash In's SNAP notify callback ({@code POST /v1.0/debit/notify}): the document's table form of the body, headers
 * X-PARTNER-ID, X-EXTERNAL-ID (numeric, new per request), X-TIMESTAMP (Asia/Jakarta, {@code yyyy-MM-dd'T'HH:mm:ssXXX}),
 * CHANNEL-ID and X-SIGNATURE = Base64 SHA256withRSA with Cash In's private key over
 * {@code POST:/v1.0/debit/notify:<lowercase hex SHA-256 of the minified body>:<X-TIMESTAMP>}
 * (/work/shared/providers/PROVIDERS.md, "Signature strings (SNAP)"). The key is the sandbox's published one
 * ({@code sandbox-keys/cashin-private.pem} in provider-sandbox), which Kasir trusts with the sandbox on.
 */
final class CashInNotify implements SignedNotification {

    static final String PATH = "/v1.0/debit/notify";
    private static final String PARTNER_ID = "CID-SANDBOX-KASIR";
    private static final String CHANNEL_ID = "95221";
    private static final DateTimeFormatter SNAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final PrivateKey key = cashInPrivateKey();
    private final AtomicLong externalIds = new AtomicLong(System.currentTimeMillis() * 1000);

    @Override
    public String gateway() {
        return "cashin";
    }

    @Override
    public HttpRequest paid(String kasirBaseUrl, SeededPayment payment) {
        String timestamp = ZonedDateTime.now(JAKARTA).format(SNAP_TIME);
        String externalId = Long.toString(externalIds.incrementAndGet());
        // Minified as written: no whitespace, keys in the document's order.
        String body = "{\"originalPartnerReferenceNo\":\"" + payment.gatewayReference() + "\","
                + "\"originalReferenceNo\":\"" + payment.reference() + "\","
                + "\"originalExternalId\":\"" + externalId + "\","
                + "\"latestTransactionStatus\":\"00\",\"transactionStatusDesc\":\"Success\","
                + "\"amount\":{\"value\":\"" + payment.amountToPay().setScale(2) + "\",\"currency\":\"IDR\"},"
                + "\"createdTime\":\"" + timestamp + "\",\"finishedTime\":\"" + timestamp + "\"}";
        String stringToSign = "POST:" + PATH + ":" + sha256Hex(body) + ":" + timestamp;
        return HttpRequest.newBuilder(URI.create(kasirBaseUrl + PATH))
                .header("Content-Type", "application/json")
                .header("X-PARTNER-ID", PARTNER_ID)
                .header("X-EXTERNAL-ID", externalId)
                .header("X-TIMESTAMP", timestamp)
                .header("X-SIGNATURE", sign(stringToSign))
                .header("CHANNEL-ID", CHANNEL_ID)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    @Override
    public boolean acknowledged(int httpStatus) {
        return httpStatus == 200;
    }

    private String sign(String stringToSign) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign SHA256withRSA", e);
        }
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey cashInPrivateKey() {
        try (InputStream pem = CashInNotify.class.getClassLoader().getResourceAsStream("sandbox-keys/cashin-private.pem")) {
            if (pem == null) {
                throw new IllegalStateException("sandbox-keys/cashin-private.pem is not on the classpath (provider-sandbox)");
            }
            String base64 = new String(pem.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sandbox-keys/cashin-private.pem is not a PKCS#8 RSA key", e);
        }
    }
}
