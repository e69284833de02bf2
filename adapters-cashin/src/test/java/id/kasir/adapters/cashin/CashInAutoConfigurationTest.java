package id.kasir.adapters.cashin;

import static org.assertj.core.api.Assertions.assertThat;

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
    void warnsWhenARealCashInIsGivenTheSandboxKeysButNotInTheSandbox() {
        runner.run(context -> assertThat(CashInAutoConfiguration.warnOfSandboxKeysOutsideTheSandbox(
                context.getBean(CashInProperties.class))).isFalse());
        runner.withPropertyValues("kasir.providers.cashin.base-url=https://api.cashin.co.id")
                .run(context -> assertThat(CashInAutoConfiguration.warnOfSandboxKeysOutsideTheSandbox(
                        context.getBean(CashInProperties.class))).isTrue());
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
