package id.kasir.adapters.cashi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CashiWebhookSignatureTest {

    /*
     * Independent vectors, computed on the command line:
     *   printf '%s' '{"event":"PAYMENT_SETTLED","data":{"order_id":"K7Q2M9X4B1C8D5E6F3G0","status":"SETTLED","amount":15023}}' > body.json
     *   openssl dgst -sha256 -hmac 'sandbox-cashi-webhook-secret' body.json
     *   -> 9a7e78d61881005e40479d4891763983843ceedf057a4b571339c9053e816c9d
     *   printf '%s' '' | openssl dgst -sha256 -hmac 'sandbox-cashi-webhook-secret'
     *   -> f277e82c6cc4f451fde67619888a3ae12d86bb25f054b240a8b263012285c0dc
     */
    private static final String SECRET = "sandbox-cashi-webhook-secret";
    private static final byte[] BODY = ("{\"event\":\"PAYMENT_SETTLED\",\"data\":{\"order_id\":\"K7Q2M9X4B1C8D5E6F3G0\","
            + "\"status\":\"SETTLED\",\"amount\":15023}}").getBytes(StandardCharsets.UTF_8);
    private static final String BODY_HMAC = "9a7e78d61881005e40479d4891763983843ceedf057a4b571339c9053e816c9d";
    private static final String EMPTY_HMAC = "f277e82c6cc4f451fde67619888a3ae12d86bb25f054b240a8b263012285c0dc";

    private final CashiWebhookSignature signature = new CashiWebhookSignature(SECRET);

    @Test
    void signsTheRawBodyAsOpensslDoes() {
        assertThat(signature.sign(BODY)).isEqualTo(BODY_HMAC);
        assertThat(signature.sign(new byte[0])).isEqualTo(EMPTY_HMAC);
    }

    @Test
    void acceptsTheHexHmacWithOrWithoutTheSha256PrefixInEitherCase() {
        assertThat(signature.matches(BODY, BODY_HMAC)).isTrue();
        assertThat(signature.matches(BODY, "sha256=" + BODY_HMAC)).isTrue();
        assertThat(signature.matches(BODY, "SHA256=" + BODY_HMAC.toUpperCase())).isTrue();
        assertThat(signature.matches(BODY, "  " + BODY_HMAC + " ")).isTrue();
    }

    @Test
    void rejectsASignatureOfAnotherBodyOrSecret() {
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("15023", "15024").getBytes(StandardCharsets.UTF_8);
        assertThat(signature.matches(tampered, BODY_HMAC)).isFalse();
        assertThat(new CashiWebhookSignature("another-secret").matches(BODY, BODY_HMAC)).isFalse();
        // Same JSON, re-serialised with a space: a different body, so a different signature.
        byte[] reformatted = new String(BODY, StandardCharsets.UTF_8).replace(",\"data\"", ", \"data\"")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(signature.matches(reformatted, BODY_HMAC)).isFalse();
    }

    @Test
    void rejectsAMissingTruncatedOrNonHexSignature() {
        assertThat(signature.matches(BODY, null)).isFalse();
        assertThat(signature.matches(BODY, "")).isFalse();
        assertThat(signature.matches(BODY, "sha256=")).isFalse();
        assertThat(signature.matches(BODY, BODY_HMAC.substring(0, 62))).isFalse();
        assertThat(signature.matches(BODY, "zz" + BODY_HMAC.substring(2))).isFalse();
    }
}
