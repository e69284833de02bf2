package id.kasir.sandbox.cashin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Signature vectors computed outside Java, with openssl, from the sandbox keys in
 * src/main/resources/sandbox-keys:
 * <pre>
 * MIN='{"amount":10000,"trxNo":"TRX-MERCHANT-0001","duration":30,"successCallbackUrl":"https://tes-url-merchant.com/success","cancelCallbackUrl":"https://tes-url-merchant.com/cancel","paymentChannel":"QRIS","customer":{"id":"CUSTOMER-1","phoneNumber":"082232232231"}}'
 * printf '%s' "$MIN" | openssl dgst -sha256          # 48c21257…329d
 * S="POST:/payment:$H:2024-11-04T10:00:00+07:00"
 * printf '%s' "$S" | openssl dgst -sha512 -hmac 'sandbox-cashin-secret' -binary | base64 -w0
 * printf '%s' "$S" | openssl dgst -sha256 -hmac 'sandbox-cashin-secret' -binary | base64 -w0
 * QMIN='{"partnerReferenceNo":"REF1234567890","validityPeriod":"2024-03-01T15:16:11+07:00","amount":{"value":"10000.00","currency":"IDR"},"feeAmount":{"value":"0.00","currency":"IDR"}}'
 * QS="POST:/api/v1.0/qr/qr-mpm-generate:$QH:2024-03-01T14:56:11+07:00"
 * printf '%s' "$QS" | openssl dgst -sha256 -sign merchant-private.pem | base64 -w0
 * </pre>
 */
class CashInSignatureVectorsTest {

    static final String CHECKOUT_BODY_PRETTY = """
            {
              "amount": 10000,
              "trxNo": "TRX-MERCHANT-0001",
              "duration": 30,
              "successCallbackUrl": "https://tes-url-merchant.com/success",
              "cancelCallbackUrl": "https://tes-url-merchant.com/cancel",
              "paymentChannel": "QRIS",
              "customer": {
                "id": "CUSTOMER-1",
                "phoneNumber": "082232232231"
              }
            }
            """;
    static final String CHECKOUT_BODY_MIN = "{\"amount\":10000,\"trxNo\":\"TRX-MERCHANT-0001\",\"duration\":30,"
            + "\"successCallbackUrl\":\"https://tes-url-merchant.com/success\",\"cancelCallbackUrl\":"
            + "\"https://tes-url-merchant.com/cancel\",\"paymentChannel\":\"QRIS\",\"customer\":{\"id\":\"CUSTOMER-1\","
            + "\"phoneNumber\":\"082232232231\"}}";
    static final String CHECKOUT_HASH = "48c2125714c6c89038f0e0d062d8cb52a9ba1d6e11969310521f3c40cd80329d";
    static final String CHECKOUT_TIMESTAMP = "2024-11-04T10:00:00+07:00";
    static final String CHECKOUT_HMAC_SHA512 =
            "ql+tFX2b3sfwmqQgz4iDxbfnVuI5Z6y3T7VvVBR1oXdqnGMX5a24RpToYPI+Wy/qjP3eQQyZUsclI3BTqZ85rw==";
    static final String CHECKOUT_HMAC_SHA256 = "NCsYThsrT5HVYnrJRjc/vsWF/wSb0xgrH50ITOvMjcY=";

    static final String QRIS_BODY_PRETTY = """
            {"partnerReferenceNo": "REF1234567890",
             "validityPeriod": "2024-03-01T15:16:11+07:00",
             "amount": {"value": "10000.00", "currency": "IDR"},
             "feeAmount": {"value": "0.00", "currency": "IDR"}}
            """;
    static final String QRIS_HASH = "932e08760a146993f5e67258a42b38d69a921bef693f368af7f744b1f3cbd174";
    static final String QRIS_TIMESTAMP = "2024-03-01T14:56:11+07:00";
    static final String QRIS_SIGNATURE = "MIyRYX4s0Z7r02l3rrasG/or1I0wpo/Hux0fTNmaaX/tLjmShhRUcsj2m5IDWKRbkEpV2gzkKzZmxUU/"
            + "BY772evVn02R3/nHSvCna2L5/O9KVhY2Fm7tq5QRUqyfgq2avafwY7NUroty+m+Ww3EZfGQJ/Oz81s3U0khqKBlZ7V4s+itY91P7a0yr"
            + "FzXYlMajEZyWd01Tgh4tA8SNZQ46EuVgS19vs4g+9dz8k8wiziLF7mj2nOZwAItaVAKHkJppVZpQgKL4r3zx9AUNU9IJ4hM04nk1/voB"
            + "qtLkDLvuUPgzhDbq55tpLBEQpX+eb/xF4KUZ7x50x+QHYEJm3SMJrg==";

    private final SnapAsymmetricSignatureVerifier snap =
            new SnapAsymmetricSignatureVerifier(PemKeys.publicKey("classpath:sandbox-keys/merchant-public.pem"));

    @Test
    void minifiesOnlyWhitespaceOutsideStrings() {
        assertThat(JsonMinifier.minify(CHECKOUT_BODY_PRETTY)).isEqualTo(CHECKOUT_BODY_MIN);
        assertThat(JsonMinifier.minify("{ \"a b\" : \"x \\\" y\" ,\n\"c\":[1, 2]}"))
                .isEqualTo("{\"a b\":\"x \\\" y\",\"c\":[1,2]}");
    }

    @Test
    void hashesTheMinifiedBodyAsOpensslDoes() {
        assertThat(JsonMinifier.bodyHash(CHECKOUT_BODY_PRETTY)).isEqualTo(CHECKOUT_HASH);
        assertThat(JsonMinifier.bodyHash(QRIS_BODY_PRETTY)).isEqualTo(QRIS_HASH);
        assertThat(JsonMinifier.bodyHash("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void acceptsTheOpensslHmacOfTheConfiguredAlgorithmOnly() {
        CashInSymmetricSignatureVerifier sha512 = new CashInSymmetricSignatureVerifier("HmacSHA512", "sandbox-cashin-secret");
        assertThat(sha512.verifies("POST", "/payment", CHECKOUT_BODY_PRETTY, CHECKOUT_TIMESTAMP, CHECKOUT_HMAC_SHA512)).isTrue();
        assertThat(sha512.verifies("POST", "/payment", CHECKOUT_BODY_PRETTY, CHECKOUT_TIMESTAMP, CHECKOUT_HMAC_SHA256)).isFalse();
        assertThat(sha512.verifies("POST", "/pg/fo/payment", CHECKOUT_BODY_PRETTY, CHECKOUT_TIMESTAMP, CHECKOUT_HMAC_SHA512)).isFalse();

        CashInSymmetricSignatureVerifier sha256 = new CashInSymmetricSignatureVerifier("HmacSHA256", "sandbox-cashin-secret");
        assertThat(sha256.verifies("POST", "/payment", CHECKOUT_BODY_PRETTY, CHECKOUT_TIMESTAMP, CHECKOUT_HMAC_SHA256)).isTrue();
        assertThat(sha256.verifies("POST", "/payment", CHECKOUT_BODY_PRETTY, CHECKOUT_TIMESTAMP, CHECKOUT_HMAC_SHA512)).isFalse();
    }

    @Test
    void acceptsTheOpensslRsaSignatureOverTheSnapStringToSign() {
        assertThat(SnapAsymmetricSignatureVerifier.stringToSign("POST", "/api/v1.0/qr/qr-mpm-generate", QRIS_BODY_PRETTY,
                QRIS_TIMESTAMP)).isEqualTo("POST:/api/v1.0/qr/qr-mpm-generate:" + QRIS_HASH + ":" + QRIS_TIMESTAMP);
        assertThat(snap.verifies("POST", "/api/v1.0/qr/qr-mpm-generate", QRIS_BODY_PRETTY, QRIS_TIMESTAMP, QRIS_SIGNATURE)).isTrue();
    }

    @Test
    void rejectsAnRsaSignatureOverAnythingElse() {
        assertThat(snap.verifies("POST", "/api/v1.0/qr/qr-mpm-query", QRIS_BODY_PRETTY, QRIS_TIMESTAMP, QRIS_SIGNATURE)).isFalse();
        assertThat(snap.verifies("POST", "/api/v1.0/qr/qr-mpm-generate", QRIS_BODY_PRETTY.replace("10000", "10001"),
                QRIS_TIMESTAMP, QRIS_SIGNATURE)).isFalse();
        assertThat(snap.verifies("POST", "/api/v1.0/qr/qr-mpm-generate", QRIS_BODY_PRETTY, QRIS_TIMESTAMP, "not base64!")).isFalse();
    }

    @Test
    void theTestSignerAgreesWithOpenssl() throws Exception {
        assertThat(CashInTestSigner.checkoutSignature("/payment", CHECKOUT_BODY_MIN, CHECKOUT_TIMESTAMP))
                .isEqualTo(CHECKOUT_HMAC_SHA512);
        assertThat(CashInTestSigner.snapSignature("/api/v1.0/qr/qr-mpm-generate", JsonMinifier.minify(QRIS_BODY_PRETTY),
                QRIS_TIMESTAMP)).isEqualTo(QRIS_SIGNATURE);
    }

    @Test
    void theShippedKeysArePemOfTheRightKind() throws Exception {
        Path keys = Path.of("src/main/resources/sandbox-keys");
        assertThat(Files.readString(keys.resolve("merchant-private.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(keys.resolve("cashin-private.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(keys.resolve("merchant-public.pem"))).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(Files.readString(keys.resolve("cashin-public.pem"))).startsWith("-----BEGIN PUBLIC KEY-----");
    }
}
