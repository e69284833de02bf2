package id.kasir.web.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MerchantNotificationSignerTest {

    /**
     * Computed independently:
     * {@code printf '%s' '1795316400.{"id":"3f1c2b9e-0c1d-4a57-9a8e-2d1f6b7c8e90","type":"payment.paid"}'
     * | openssl dgst -sha256 -hmac 'whsec_test_secret'}
     */
    @Test
    void signsTimestampDotBodyWithHmacSha256AsOpensslDoes() {
        String body = "{\"id\":\"3f1c2b9e-0c1d-4a57-9a8e-2d1f6b7c8e90\",\"type\":\"payment.paid\"}";

        assertThat(new MerchantNotificationSigner("whsec_test_secret").sign(1795316400L, body))
                .isEqualTo("v1=0c7f19e88de602202eb838c2d464da27bea39bf56fa20524f812ebf6538cef22");
    }

    /** The worked example of web-api/README.md (computed there with openssl). */
    @Test
    void matchesTheWorkedExampleInTheReadme() {
        assertThat(new MerchantNotificationSigner("whsec_example_secret").sign(1795316700L,
                JacksonMerchantEventPayloadsTest.README_EXAMPLE))
                .isEqualTo("v1=2a5a57e10272f377b6fbe0afba3c2fa515ebe45d9f72e6d06e6674ca9d16f47a");
    }
}
