package id.kasir.adapters.payin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayInMaskingTest {

    @Test
    void hidesThePhoneAndTheEmailsLocalPartAndTheSign() {
        String text = PayInMasking.request("POST", "http://x/api/payIn", "1002001",
                "{\"realName\":\"Reza\",\"phone\":\"628123456789\",\"email\":\"reza@example.com\"}");
        assertThat(text).contains("MerchantId: 1002001", "Sign: ***", "\"phone\":\"***\"", "\"email\":\"***@example.com\"")
                .doesNotContain("628123456789", "reza@");
    }

    @Test
    void leavesBodiesWithoutContactsAlone() {
        assertThat(PayInMasking.body("{\"code\":200}")).isEqualTo("{\"code\":200}");
        assertThat(PayInMasking.body("{\"email\":\"noatsign\"}")).isEqualTo("{\"email\":\"***\"}");
    }
}
