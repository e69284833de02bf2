package id.kasir.adapters.cashin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.gateway.GatewayCredentials;
import id.kasir.domain.gateway.PaymentGateway;
import id.kasir.domain.payment.PaymentMethod;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CashInAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CashInAutoConfiguration.class));

    @Test
    void registersTheGatewayWithTheSandboxDefaultsWhenNothingIsConfigured() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(PaymentGateway.class);
            PaymentGateway gateway = context.getBean(PaymentGateway.class);
            assertThat(gateway.descriptor().id().value()).isEqualTo("cashin");
            assertThat(gateway.descriptor().displayName()).isEqualTo("Cash In");
            assertThat(gateway.descriptor().methods()).containsExactlyInAnyOrder(PaymentMethod.CHECKOUT_PAGE, PaymentMethod.QRIS);
            CashInProperties properties = context.getBean(CashInProperties.class);
            assertThat(properties).isEqualTo(CashInProperties.sandboxDefaults());
        });
    }

    @Test
    void reportsWhichCredentialsAreTheSandboxsPublishedOnesWhateverFormTheKeysAreGivenIn() {
        runner.run(context -> assertThat(sources(context.getBean(GatewayCredentials.class))).containsExactly(
                "kasir.providers.cashin.secret-key=SANDBOX", "kasir.providers.cashin.private-key=SANDBOX",
                "kasir.providers.cashin.gateway-public-key=SANDBOX", "kasir.providers.cashin.client-id=SANDBOX",
                "kasir.providers.cashin.partner-id=SANDBOX", "kasir.providers.cashin.merchant-id=SANDBOX"));
        // the sandbox's own keys pasted as PEM text, and the pairs swapped round: still the sandbox's
        runner.withPropertyValues("kasir.providers.cashin.private-key=" + sandboxPem("cashin-private.pem"),
                        "kasir.providers.cashin.gateway-public-key=" + sandboxPem("merchant-public.pem"))
                .run(context -> assertThat(sources(context.getBean(GatewayCredentials.class)))
                        .contains("kasir.providers.cashin.private-key=SANDBOX", "kasir.providers.cashin.gateway-public-key=SANDBOX"));
        runner.withPropertyValues("kasir.providers.cashin.private-key=classpath:test-keys/merchant-private.pem",
                        "kasir.providers.cashin.gateway-public-key=classpath:test-keys/gateway-public.pem",
                        "kasir.providers.cashin.secret-key=our-own-secret", "kasir.providers.cashin.client-id=CID-1",
                        "kasir.providers.cashin.partner-id=P-1", "kasir.providers.cashin.merchant-id=M-1",
                        "kasir.providers.cashin.base-url=https://api.cashin.co.id")
                .run(context -> {
                    GatewayCredentials credentials = context.getBean(GatewayCredentials.class);
                    assertThat(sources(credentials)).allMatch(s -> s.endsWith("=OWN"));
                    assertThat(credentials.baseUrl()).isEqualTo("https://api.cashin.co.id");
                    assertThat(credentials.baseUrlProperty()).isEqualTo("kasir.providers.cashin.base-url");
                });
    }

    private static java.util.List<String> sources(GatewayCredentials credentials) {
        return credentials.credentials().stream().map(c -> c.property() + "=" + c.source()).toList();
    }

    private static String sandboxPem(String name) {
        try (var in = CashInAutoConfigurationTest.class.getResourceAsStream("/sandbox-keys/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void isSwitchedOffByItsEnabledProperty() {
        runner.withPropertyValues("kasir.providers.cashin.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(PaymentGateway.class));
    }

    @Test
    void takesKeysAsPemTextOrFileLocationsAndEveryOtherProperty() {
        String pemText = TestKeys.pem("merchant-private.pem");
        String file = "classpath:test-keys/gateway-public.pem";
        runner.withPropertyValues("kasir.providers.cashin.private-key=" + pemText,
                        "kasir.providers.cashin.gateway-public-key=" + file,
                        "kasir.providers.cashin.base-url=https://sandbox-api.cashin.co.id/",
                        "kasir.providers.cashin.hmac-algorithm=HmacSHA256",
                        "kasir.providers.cashin.notify-timestamp-tolerance=2m",
                        "kasir.providers.cashin.read-timeout=7s",
                        "kasir.providers.cashin.checkout-payment-channel=BANK_TRANSFER")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    CashInProperties properties = context.getBean(CashInProperties.class);
                    assertThat(properties.baseUrl()).isEqualTo("https://sandbox-api.cashin.co.id");
                    assertThat(properties.notifyTimestampTolerance()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(properties.checkoutPaymentChannel()).isEqualTo("BANK_TRANSFER");
                });
    }

    @Test
    void failsAtStartWithThePropertyNameWhenAKeyCannotBeRead() {
        runner.withPropertyValues("kasir.providers.cashin.private-key=file:/nonexistent/key.pem")
                .run(context -> assertThat(context).getFailure().rootCause().isNotNull()
                        .satisfies(e -> assertThat(context.getStartupFailure()).hasStackTraceContaining("kasir.providers.cashin.private-key")));
    }
}
