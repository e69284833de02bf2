package id.kasir.sandbox.cashi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CashiWebhookSignerTest {

    @Test
    void signsTheRawBodyAsOpensslDoes() {
        // BODY='<body below>'; printf '%s' "$BODY" | openssl dgst -sha256 -hmac 'sandbox-cashi-webhook-secret'
        String body = "{\"event\":\"PAYMENT_SETTLED\",\"data\":{\"order_id\":\"INV-9921\",\"status\":\"SETTLED\","
                + "\"amount\":15023,\"provider_tx_id\":\"31277571482\",\"settled_at\":\"2025-01-02T03:04:05.678Z\"}}";

        assertThat(CashiWebhookSigner.hmacSha256Hex("sandbox-cashi-webhook-secret", body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("dd4b6484201e3803f0ce72a823976565eb6c9c2bed1fc2e540b98cb67c1c2361");
    }
}
