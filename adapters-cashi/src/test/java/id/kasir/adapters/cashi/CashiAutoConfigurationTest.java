package id.kasir.adapters.cashi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.gateway.GatewayCredentials;
import id.kasir.application.notification.ReceiveGatewayNotification;
import id.kasir.application.testing.TestKasir;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CashiAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CashiAutoConfiguration.class))
            .withBean(ReceiveGatewayNotification.class, () -> new TestKasir().receiveNotification);

    @Test
    void byDefaultTalksToTheInProcessSandboxWithItsCredentials() {
        runner.run(context -> {
            CashiProperties properties = context.getBean(CashiProperties.class);
            assertThat(properties.baseUrl()).isEqualTo("http://localhost:8080/sandbox/cashi");
            assertThat(properties.apiKey()).isEqualTo("sandbox-cashi-key");
            assertThat(properties.apiKeyHeader()).isEqualTo("x-api-key");
            assertThat(properties.webhookSecret()).isEqualTo("sandbox-cashi-webhook-secret");
            assertThat(properties.webhookSignatureHeader()).isEqualTo("X-Signature");
            assertThat(properties.qrLifetime()).isEqualTo(Duration.ofMinutes(10));
            assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(20));
            assertThat(properties.toString()).doesNotContain("sandbox-cashi-key").doesNotContain("webhook-secret");
            assertThat(context.getBean(CashiGateway.class).descriptor().displayName()).isEqualTo("Cashi");
            assertThat(context).hasSingleBean(CashiWebhookController.class);
        });
    }

    @Test
    void reportsWhichCredentialsAreTheSandboxsAndTakesAnEmptyWebhookSecretAsADeliberateChoice() {
        runner.run(context -> assertThat(sources(context.getBean(GatewayCredentials.class))).containsExactly(
                "kasir.providers.cashi.api-key=SANDBOX", "kasir.providers.cashi.webhook-secret=SANDBOX"));
        runner.withPropertyValues("kasir.providers.cashi.api-key= sandbox-cashi-key ",
                        "kasir.providers.cashi.webhook-secret=our-own-secret")
                .run(context -> assertThat(sources(context.getBean(GatewayCredentials.class))).containsExactly(
                        "kasir.providers.cashi.api-key=SANDBOX", "kasir.providers.cashi.webhook-secret=OWN"));
        runner.withPropertyValues("kasir.providers.cashi.api-key=", "kasir.providers.cashi.webhook-secret=")
                .run(context -> assertThat(sources(context.getBean(GatewayCredentials.class))).containsExactly(
                        "kasir.providers.cashi.api-key=MISSING", "kasir.providers.cashi.webhook-secret=OWN"));
    }

    private static java.util.List<String> sources(GatewayCredentials credentials) {
        return credentials.credentials().stream().map(c -> c.property() + "=" + c.source()).toList();
    }

    @Test
    void everyPropertyCanBeOverridden() {
        runner.withPropertyValues("kasir.providers.cashi.base-url=https://cashi.id/",
                "kasir.providers.cashi.api-key=live-key", "kasir.providers.cashi.api-key-header=Authorization",
                "kasir.providers.cashi.webhook-secret=", "kasir.providers.cashi.webhook-signature-header=X-Cashi-Signature",
                "kasir.providers.cashi.qr-lifetime=5m", "kasir.providers.cashi.read-timeout=7s").run(context -> {
            CashiProperties properties = context.getBean(CashiProperties.class);
            assertThat(properties.baseUrl()).isEqualTo("https://cashi.id");
            assertThat(properties.apiKey()).isEqualTo("live-key");
            assertThat(properties.apiKeyHeader()).isEqualTo("Authorization");
            assertThat(properties.signsWebhooks()).isFalse();
            assertThat(properties.webhookSignatureHeader()).isEqualTo("X-Cashi-Signature");
            assertThat(properties.qrLifetime()).isEqualTo(Duration.ofMinutes(5));
            assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(7));
        });
    }

    @Test
    void registersNothingWhenDisabled() {
        runner.withPropertyValues("kasir.providers.cashi.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(CashiGateway.class);
            assertThat(context).doesNotHaveBean(CashiWebhookController.class);
        });
    }
}
