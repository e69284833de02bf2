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
        String body = "{\"id\":\"0b9d4c1e-2f7a-4c55-8d0e-6a1b2c3d4e5f\",\"type\":\"payment.paid\",\"createdAt\":\"2026-11-21T03:05:00Z\",\"data\":{\"id\":\"7f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b\",\"orderId\":\"ORD-2026-0001\",\"status\":\"PAID\",\"previousStatus\":\"OPEN\",\"provider\":\"cashin\",\"method\":\"QRIS\",\"amount\":15000,\"amountToPay\":15000,\"paidAmount\":15000,\"currency\":\"IDR\",\"paidAt\":\"2026-11-21T03:05:00Z\",\"statusReason\":null}}";

        assertThat(new MerchantNotificationSigner("whsec_example_secret").sign(1795316700L, body))
                .isEqualTo("v1=ab23f22a41b5cdfa86b0b8a177bd13ec91d7221e923f0d5bea1edc0172c8a8f7");
    }
}
