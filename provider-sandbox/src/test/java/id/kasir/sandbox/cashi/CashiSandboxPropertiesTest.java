package id.kasir.sandbox.cashi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CashiSandboxPropertiesTest {

    @EnableConfigurationProperties(CashiSandboxProperties.class)
    static class Binding {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Binding.class);

    @Test
    void defaultsToTheSandboxCredentials() {
        runner.run(context -> {
            CashiSandboxProperties properties = context.getBean(CashiSandboxProperties.class);
            assertThat(properties.apiKey()).isEqualTo("sandbox-cashi-key");
            assertThat(properties.apiKeyHeader()).isEqualTo("x-api-key");
            assertThat(properties.webhookSecret()).isEqualTo("sandbox-cashi-webhook-secret");
            assertThat(properties.signatureHeader()).isEqualTo("X-Signature");
            assertThat(properties.signaturePrefix()).isEmpty();
            assertThat(properties.webhookPath()).isEqualTo("/webhooks/cashi");
            assertThat(properties.qrLifetime()).isEqualTo(Duration.ofMinutes(10));
            assertThat(properties.minimumAmount()).isEqualTo(2000L);
            assertThat(properties.signsWebhooks()).isTrue();
        });
    }

    @Test
    void turnsSignaturesOffWhenTheWebhookSecretIsSetEmpty() {
        runner.withPropertyValues("kasir.sandbox.cashi.webhook-secret=", "kasir.sandbox.cashi.qr-lifetime=15m")
                .run(context -> {
                    CashiSandboxProperties properties = context.getBean(CashiSandboxProperties.class);
                    assertThat(properties.signsWebhooks()).isFalse();
                    assertThat(properties.qrLifetime()).isEqualTo(Duration.ofMinutes(15));
                });
    }
}
