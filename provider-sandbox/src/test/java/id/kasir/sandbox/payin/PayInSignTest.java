package id.kasir.sandbox.payin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Vectors computed on the command line: {@code printf '%s' "$BODY$KEY" | md5sum}, KEY=sandbox-payin-key. */
class PayInSignTest {

    static final String KEY = "sandbox-payin-key";

    // printf '%s' "$BODY$KEY" | md5sum  ->  569654e3236a7364a9124a9a2cf6c643
    static final String BODY = "{\"realName\":\"Reza Wijaya\",\"amount\":\"20000.00\",\"reusableStatus\":false,\"payType\":\"43\","
            + "\"expireTime\":3600,\"mchOrderNo\":\"SIGN-VECTOR-UPPER\",\"notifyUrl\":\"https://merchant.com/webhooks/payin\","
            + "\"currency\":\"IDR\",\"remark\":\"Electronic Cigarettes\",\"nonceStr\":\"16a5a70f43384134bfae33acc77132e0\"}";

    @Test
    void signsTheRawBodyFollowedByTheKeyAsUppercaseMd5() {
        assertThat(PayInSign.of(BODY.getBytes(StandardCharsets.UTF_8), KEY)).isEqualTo("569654E3236A7364A9124A9A2CF6C643");
    }

    @Test
    void acceptsTheSignInEitherCase() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        assertThat(PayInSign.matches(body, KEY, "569654E3236A7364A9124A9A2CF6C643")).isTrue();
        assertThat(PayInSign.matches(body, KEY, "569654e3236a7364a9124a9a2cf6c643")).isTrue();
    }

    @Test
    void rejectsASignOfAnotherKeyOrBodyOrNone() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        assertThat(PayInSign.matches(body, "another-key", "569654E3236A7364A9124A9A2CF6C643")).isFalse();
        assertThat(PayInSign.matches((BODY + " ").getBytes(StandardCharsets.UTF_8), KEY, "569654E3236A7364A9124A9A2CF6C643")).isFalse();
        assertThat(PayInSign.matches(body, KEY, null)).isFalse();
        assertThat(PayInSign.matches(body, KEY, "")).isFalse();
    }
}
