package id.kasir.adapters.cashin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every expected value here was computed on the command line with OpenSSL 3.0.19, not with the code
 * under test. The commands and their outputs are pasted beside each test.
 */
class CashInSnapSignerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T03:00:00Z"), ZoneOffset.UTC);

    private final CashInSnapSigner signer = new CashInSnapSigner("HmacSHA512", "sandbox-cashin-secret",
            TestKeys.merchantPrivate(), TestKeys.gatewayPublic(), CLOCK);

    // BODY='{"partnerReferenceNo":"K0MI8Z2Q4ABCDEFGHIJ","validityPeriod":"2026-11-21T10:30:00+07:00","amount":{"value":"10000.00","currency":"IDR"},"feeAmount":{"value":"0.00","currency":"IDR"}}'
    // printf '%s' "$BODY" | openssl dgst -sha256
    //   SHA2-256(stdin)= 928eadb2d7a43e95f09929f75594374c0f0597f45297bf38892a932b01d22420
    static final String QRIS_BODY = "{\"partnerReferenceNo\":\"K0MI8Z2Q4ABCDEFGHIJ\",\"validityPeriod\":\"2026-11-21T10:30:00+07:00\","
            + "\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},\"feeAmount\":{\"value\":\"0.00\",\"currency\":\"IDR\"}}";
    static final String QRIS_BODY_HASH = "928eadb2d7a43e95f09929f75594374c0f0597f45297bf38892a932b01d22420";

    @Test
    void hashesTheMinifiedBodyAsLowercaseHex() {
        assertThat(CashInSnapSigner.bodyHash(QRIS_BODY)).isEqualTo(QRIS_BODY_HASH);
    }

    @Test
    void hashesAPrettyPrintedBodyAsItsMinifiedForm() {
        String pretty = "{\n  \"partnerReferenceNo\" : \"K0MI8Z2Q4ABCDEFGHIJ\",\n\t\"validityPeriod\": \"2026-11-21T10:30:00+07:00\",\r\n"
                + "  \"amount\": { \"value\": \"10000.00\", \"currency\": \"IDR\" },\n"
                + "  \"feeAmount\": { \"value\": \"0.00\", \"currency\": \"IDR\" }\n}\n";
        assertThat(CashInSnapSigner.bodyHash(pretty)).isEqualTo(QRIS_BODY_HASH);
    }

    @Test
    void keepsWhitespaceInsideStringValuesAndEscapedQuotes() {
        assertThat(CashInSnapSigner.minify("{ \"a\" : \"x y\\\" z\" , \"b\" : [ 1 , 2 ] }"))
                .isEqualTo("{\"a\":\"x y\\\" z\",\"b\":[1,2]}");
    }

    @Test
    void hashesAnEmptyBodyAsTheEmptyString() {
        // printf '' | openssl dgst -sha256
        //   SHA2-256(stdin)= e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
        assertThat(CashInSnapSigner.bodyHash("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(CashInSnapSigner.bodyHash(null)).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void buildsTheStringToSignFromMethodPathBodyHashAndTimestamp() {
        assertThat(CashInSnapSigner.stringToSign("POST", "/api/v1.0/qr/qr-mpm-generate", QRIS_BODY, "2026-11-21T10:00:00+07:00"))
                .isEqualTo("POST:/api/v1.0/qr/qr-mpm-generate:" + QRIS_BODY_HASH + ":2026-11-21T10:00:00+07:00");
    }

    @Test
    void signsAsymmetricallyExactlyAsOpensslDoes() {
        // S="POST:/api/v1.0/qr/qr-mpm-generate:928eadb2d7a43e95f09929f75594374c0f0597f45297bf38892a932b01d22420:2026-11-21T10:00:00+07:00"
        // printf '%s' "$S" | openssl dgst -sha256 -sign merchant-private.pem | base64 -w0
        String expected = "jnzqsUYR4GYt4hKiM/sCe5vPbZPZ2ZyM3Cib7dYGNM2WnYfme8/Jg6tHRkz7OhbT81nbG2cCASYW4R0cv71TJTCb2WvktU0itucJ49g5nOybCjP7HLuZ3Zybs7Pslip9YTmd7O4trwilgOf3ZwTeqDeVU4i54QcQwsljAwH+pVfIp06gQzQwKoIy5P0+T8+/3bMRrDv5+yDJ0KO12HHgphbaPu+cdqUP1ZaNcEtidaTNNs0DWA3Tcn869nMn2ksJj1pFPc65e+dHrSDFIx/b2nQ8wZI44FLVB7jMKkPBBgtOJzuroSqpdVDFWKevNlcB2TnN//d6U4Z7bvDjGYQOrA==";
        String sts = CashInSnapSigner.stringToSign("POST", "/api/v1.0/qr/qr-mpm-generate", QRIS_BODY, "2026-11-21T10:00:00+07:00");
        // PKCS#1 v1.5 is deterministic, so the same key and string give the same bytes.
        assertThat(signer.signAsymmetric(sts)).isEqualTo(expected);
        assertThat(CashInSnapSigner.verifyAsymmetric(sts, expected, TestKeys.merchantPublic())).isTrue();
    }

    @Test
    void verifiesANotificationSignatureMadeByOpensslWithTheGatewaysKey() {
        // MIN='{"originalPartnerReferenceNo":"PAY12345678910","originalReferenceNo":"K0MI8Z2Q4ABCDEFGHIJK","latestTransactionStatus":"00","transactionStatusDesc":"Success","amount":{"value":"10000.00","currency":"IDR"}}'
        // printf '%s' "$MIN" | openssl dgst -sha256
        //   SHA2-256(stdin)= bb299cc5f2f7c0d25417c8abae0e9da43385743443df6a44298c43f84378f887
        // S="POST:/v1.0/debit/notify:bb299cc5f2f7c0d25417c8abae0e9da43385743443df6a44298c43f84378f887:2026-11-21T10:00:00+07:00"
        // printf '%s' "$S" | openssl dgst -sha256 -sign gateway-private.pem | base64 -w0
        String sts = "POST:/v1.0/debit/notify:bb299cc5f2f7c0d25417c8abae0e9da43385743443df6a44298c43f84378f887:2026-11-21T10:00:00+07:00";
        assertThat(CashInSnapSigner.stringToSign("POST", "/v1.0/debit/notify", NotifyVector.PRETTY_BODY, "2026-11-21T10:00:00+07:00"))
                .isEqualTo(sts);
        assertThat(signer.verifyGatewaySignature(sts, NotifyVector.SIGNATURE)).isTrue();
        assertThat(signer.verifyGatewaySignature(sts.replace("10:00:00", "10:00:01"), NotifyVector.SIGNATURE)).isFalse();
        assertThat(signer.verifyGatewaySignature(sts, "not base64 at all!")).isFalse();
        assertThat(signer.verifyGatewaySignature(sts, null)).isFalse();
    }

    @Test
    void signsSymmetricallyWithHmacSha512ByDefaultExactlyAsOpensslDoes() {
        // CB='{"amount":10000,"trxNo":"K0MI8Z2Q4ABCDEFGHIJ","duration":30,"successCallbackUrl":"https://shop.example/ok","cancelCallbackUrl":"https://shop.example/back","customer":{"id":"CUST-1","phoneNumber":"081234567890"}}'
        // printf '%s' "$CB" | openssl dgst -sha256
        //   SHA2-256(stdin)= a97ddde0936fe2c3816ca7907cf492256a306be24578d96b062cb9da281eb024
        // CS="POST:/payment:a97ddde0936fe2c3816ca7907cf492256a306be24578d96b062cb9da281eb024:2026-11-21T10:00:00+07:00"
        // printf '%s' "$CS" | openssl dgst -sha512 -hmac 'sandbox-cashin-secret' -binary | base64 -w0
        //   8t7zeMSMkrcpgZGG3goM/bw7xwTWsYDo4bTQjHZY+DelpVKABeCO44jUOpNi3r2yKnRuNCb4laz4M6EYUAZnpQ==
        String body = "{\"amount\":10000,\"trxNo\":\"K0MI8Z2Q4ABCDEFGHIJ\",\"duration\":30,\"successCallbackUrl\":\"https://shop.example/ok\","
                + "\"cancelCallbackUrl\":\"https://shop.example/back\",\"customer\":{\"id\":\"CUST-1\",\"phoneNumber\":\"081234567890\"}}";
        String sts = CashInSnapSigner.stringToSign("POST", "/payment", body, "2026-11-21T10:00:00+07:00");
        assertThat(sts).isEqualTo("POST:/payment:a97ddde0936fe2c3816ca7907cf492256a306be24578d96b062cb9da281eb024:2026-11-21T10:00:00+07:00");
        String expected = "8t7zeMSMkrcpgZGG3goM/bw7xwTWsYDo4bTQjHZY+DelpVKABeCO44jUOpNi3r2yKnRuNCb4laz4M6EYUAZnpQ==";
        assertThat(signer.signSymmetric(sts)).isEqualTo(expected);
        assertThat(signer.verifySymmetric(sts, expected)).isTrue();
        assertThat(signer.verifySymmetric(sts, expected.replace('8', '9'))).isFalse();
    }

    @Test
    void signsWithHmacSha256WhenConfigured() {
        // printf '%s' "$CS" | openssl dgst -sha256 -hmac 'sandbox-cashin-secret' -binary | base64 -w0
        //   a7t0/OkTxulXewbEMQRQCC6JljzxD7YCQy5w74osvfs=
        CashInSnapSigner sha256 = new CashInSnapSigner("HmacSHA256", "sandbox-cashin-secret", null, null, CLOCK);
        assertThat(sha256.signSymmetric("POST:/payment:a97ddde0936fe2c3816ca7907cf492256a306be24578d96b062cb9da281eb024:2026-11-21T10:00:00+07:00"))
                .isEqualTo("a7t0/OkTxulXewbEMQRQCC6JljzxD7YCQy5w74osvfs=");
    }

    @Test
    void refusesAnUnknownHmacAlgorithmWithTheProperty() {
        assertThatThrownBy(() -> new CashInSnapSigner("HmacSHA999", "s", null, null, CLOCK))
                .hasMessageContaining("kasir.providers.cashin.hmac-algorithm");
    }

    @Test
    void writesTheTimestampInJakartaTimeWithoutFractions() {
        assertThat(CashInSnapSigner.timestamp(Instant.parse("2026-11-21T03:00:00.987Z"))).isEqualTo("2026-11-21T10:00:00+07:00");
        assertThat(signer.timestampNow()).isEqualTo("2026-11-21T10:00:00+07:00");
    }

    @Test
    void makesANewNumericExternalIdForEveryRequest() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = signer.newExternalId();
            assertThat(id).matches("\\d{32}");
            ids.add(id);
        }
        assertThat(ids).hasSize(1000);
    }

    @Test
    void readsPemWithLiteralBackslashNAsAnEnvironmentVariableCarriesIt() {
        String oneLine = TestKeys.pem("merchant-public.pem").replace("\n", "\\n");
        assertThat(CashInKeys.publicKey(oneLine, "test")).isEqualTo(TestKeys.merchantPublic());
    }

    @Test
    void refusesAPkcs1KeyWithTheCommandThatConvertsIt() {
        assertThatThrownBy(() -> CashInKeys.privateKey("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----", "kasir.providers.cashin.private-key"))
                .hasMessageContaining("openssl pkcs8 -topk8");
    }
}
