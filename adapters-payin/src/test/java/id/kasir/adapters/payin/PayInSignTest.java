package id.kasir.adapters.payin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Vectors computed on the command line, independently of this code:
 * <pre>
 * KEY='sandbox-payin-key'
 * BODY='{"realName":"Reza Wijaya",...}'   (the document's request example, byte for byte, as below)
 * printf '%s' "$BODY$KEY" | md5sum   →  47bb5653ccdaeec1c581f36b263f74f2
 * CB='{"amount":20000.00,...}'          (the document's callback example, as below)
 * printf '%s' "$CB$KEY" | md5sum     →  7d18a3e9bc03bc90faf185ef3cae14aa
 * printf '%s' "Kopi Café$KEY" | md5sum  (UTF-8 terminal) →  577ad7ad8cbfef45c8a89be4ae16db04
 * </pre>
 */
class PayInSignTest {

    static final String KEY = "sandbox-payin-key";
    static final String DOC_REQUEST = "{\"realName\":\"Reza Wijaya\",\"amount\":\"20000.00\",\"reusableStatus\":false,"
            + "\"payType\":\"43\",\"expireTime\":3600,\"mchOrderNo\":\"1386556787811426305\","
            + "\"notifyUrl\":\"https://merchant.com/webhooks/payin\",\"currency\":\"IDR\",\"remark\":\"Electronic Cigarettes\","
            + "\"nonceStr\":\"16a5a70f43384134bfae33acc77132e0\"}";
    static final String DOC_CALLBACK = "{\"amount\":20000.00,\"completionTime\":\"2024-12-02 12:07:06\",\"fee\":2500.0000,"
            + "\"mchOrderNo\":\"1386503284355244033\",\"merchantId\":\"1002001\",\"nonceStr\":\"1733116026894\","
            + "\"orderNo\":\"PAYIN8551790545658687488\",\"orderStatus\":\"SUCCESS\",\"payCode\":\"OR.GPNQR..INOPROID_BS\","
            + "\"payType\":\"41\",\"payUrl\":\"https://payurl.com\"}";

    private final PayInSign sign = new PayInSign(KEY);

    @Test
    void signsTheRawBodyFollowedByTheApiKeyAsUppercaseMd5() {
        assertThat(sign.sign(DOC_REQUEST)).isEqualTo("47BB5653CCDAEEC1C581F36B263F74F2");
    }

    @Test
    void signsUtf8BytesNotCharacters() {
        assertThat(sign.sign("Kopi Café")).isEqualTo("577AD7AD8CBFEF45C8A89BE4AE16DB04");
    }

    @Test
    void acceptsACallbackSignInEitherCase() {
        byte[] raw = DOC_CALLBACK.getBytes(StandardCharsets.UTF_8);
        assertThat(sign.verify(raw, "7d18a3e9bc03bc90faf185ef3cae14aa")).isTrue();
        assertThat(sign.verify(raw, "7D18A3E9BC03BC90FAF185EF3CAE14AA")).isTrue();
    }

    @Test
    void rejectsASignOverOtherBytesOrAMissingSign() {
        byte[] reformatted = DOC_CALLBACK.replace(",\"fee\"", ", \"fee\"").getBytes(StandardCharsets.UTF_8);
        assertThat(sign.verify(reformatted, "7D18A3E9BC03BC90FAF185EF3CAE14AA")).isFalse();
        assertThat(sign.verify(DOC_CALLBACK.getBytes(StandardCharsets.UTF_8), null)).isFalse();
        assertThat(sign.verify(DOC_CALLBACK.getBytes(StandardCharsets.UTF_8), "")).isFalse();
        assertThat(new PayInSign("another-key").verify(DOC_CALLBACK.getBytes(StandardCharsets.UTF_8),
                "7D18A3E9BC03BC90FAF185EF3CAE14AA")).isFalse();
    }

    @Test
    void neverShowsTheKeyInItsToString() {
        assertThat(sign.toString()).doesNotContain(KEY);
    }
}
