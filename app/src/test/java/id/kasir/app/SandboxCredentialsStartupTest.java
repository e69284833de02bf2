package id.kasir.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.adapters.cashi.CashiAutoConfiguration;
import id.kasir.adapters.cashin.CashInAutoConfiguration;
import id.kasir.adapters.payin.PayInAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * "No sandbox secret outside the sandbox": each gateway with the sandbox's credentials and a base URL that
 * is not Kasir's in-process sandbox stops the start, naming the properties to set; profile mysql refuses
 * every credential left unset. The gateways' own auto-configurations and the app's check, without a
 * database or web server;
 * the mysql cases read application.yml as Kasir does.
 */
class SandboxCredentialsStartupTest {

    private final ApplicationContextRunner kasir = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CashInAutoConfiguration.class, CashiAutoConfiguration.class,
                    PayInAutoConfiguration.class))
            .withUserConfiguration(StartupCheckOnly.class)
            .withPropertyValues("kasir.public-base-url=http://localhost:8080", "kasir.sandbox.enabled=true");

    /** The same, reading application.yml (and its profiles) as Kasir does. */
    private final ApplicationContextRunner kasirAsConfigured = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(CashInAutoConfiguration.class, CashiAutoConfiguration.class,
                    PayInAutoConfiguration.class))
            .withUserConfiguration(StartupCheckOnly.class);

    @Test
    void theEmbeddedDefaultWithTheSandboxMountedStarts() {
        kasir.run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void cashInWithTheSandboxKeysAndARealBaseUrlIsRefused() {
        kasir.withPropertyValues("kasir.providers.cashin.base-url=https://api.cashin.co.id")
                .run(context -> assertThat(context).getFailure().hasMessageContainingAll(
                        "kasir.providers.cashin.secret-key", "kasir.providers.cashin.private-key",
                        "kasir.providers.cashin.gateway-public-key", "https://api.cashin.co.id")
                        .hasMessageNotContaining("kasir.providers.cashi.").hasMessageNotContaining("kasir.providers.payin")
                        .hasMessageNotContaining("sandbox-cashin-secret"));
    }

    @Test
    void cashInStillContainingSlashSandboxSlashButNotOursIsRefused() {
        kasir.withPropertyValues("kasir.providers.cashin.base-url=https://gateway.example/sandbox/cashin",
                        "kasir.providers.cashin.private-key=classpath:sandbox-keys/merchant-private.pem")
                .run(context -> assertThat(context).getFailure().hasMessageContaining("kasir.providers.cashin.private-key"));
    }

    @Test
    void cashiWithTheSandboxKeyAndSecretAndARealBaseUrlIsRefused() {
        kasir.withPropertyValues("kasir.providers.cashi.base-url=https://cashi.id")
                .run(context -> assertThat(context).getFailure().hasMessageContainingAll(
                        "kasir.providers.cashi.api-key", "kasir.providers.cashi.webhook-secret")
                        .hasMessageNotContaining("kasir.providers.cashin.").hasMessageNotContaining("kasir.providers.payin"));
    }

    @Test
    void payInWithTheSandboxKeyAndARealBaseUrlIsRefused() {
        kasir.withPropertyValues("kasir.providers.payin.base-url=https://payin.example/")
                .run(context -> assertThat(context).getFailure().hasMessageContaining("kasir.providers.payin.api-key")
                        .hasMessageNotContaining("kasir.providers.payin.merchant-id")
                        .hasMessageNotContaining("kasir.providers.cashi"));
    }

    @Test
    void aRealGatewayWithItsOwnCredentialsStartsAndADisabledGatewayIsNotJudged() {
        kasir.withPropertyValues("kasir.providers.payin.base-url=https://payin.example", "kasir.providers.payin.api-key=own",
                        "kasir.providers.cashi.enabled=false", "kasir.providers.cashin.enabled=false",
                        "kasir.providers.cashi.base-url=https://cashi.id")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void theSandboxUnmountedButStillTheBaseUrlIsRefused() {
        kasir.withPropertyValues("kasir.sandbox.enabled=false")
                .run(context -> assertThat(context).getFailure().hasMessageContainingAll(
                        "kasir.providers.cashin.base-url", "kasir.providers.cashi.base-url",
                        "kasir.providers.payin.base-url", "not mounted"));
    }

    /** Profile mysql with application.yml as Kasir reads it, nothing configured: every credential is named. */
    @Test
    void profileMysqlWithCredentialsMissingRefusesToStartNamingEachOne() {
        kasirAsConfigured.withPropertyValues("spring.profiles.active=mysql")
                .run(context -> assertThat(context).getFailure().hasMessageContainingAll(
                        "kasir.providers.cashin.base-url", "kasir.providers.cashin.secret-key",
                        "kasir.providers.cashin.private-key", "kasir.providers.cashin.gateway-public-key",
                        "kasir.providers.cashin.client-id", "kasir.providers.cashin.partner-id",
                        "kasir.providers.cashin.merchant-id", "kasir.providers.cashi.base-url", "kasir.providers.cashi.api-key",
                        "kasir.providers.cashi.webhook-secret", "kasir.providers.payin.base-url",
                        "kasir.providers.payin.api-key", "kasir.providers.payin.merchant-id", "not mounted")
                        .hasMessageNotContaining("sandbox-cashin-secret").hasMessageNotContaining("sandbox-payin-key"));
    }

    @Test
    void profileMysqlWithEveryCredentialSetStarts() {
        kasirAsConfigured.withPropertyValues("spring.profiles.active=mysql",
                        "kasir.providers.cashin.base-url=https://api.cashin.co.id",
                        "kasir.providers.cashin.secret-key=s", "kasir.providers.cashin.client-id=c",
                        "kasir.providers.cashin.partner-id=p", "kasir.providers.cashin.merchant-id=m",
                        "kasir.providers.cashin.private-key=classpath:test-keys/other-private.pem",
                        "kasir.providers.cashin.gateway-public-key=classpath:test-keys/other-public.pem",
                        "kasir.providers.cashi.base-url=https://cashi.id", "kasir.providers.cashi.api-key=k",
                        "kasir.providers.cashi.webhook-secret=w", "kasir.providers.payin.base-url=https://payin.example",
                        "kasir.providers.payin.api-key=k", "kasir.providers.payin.merchant-id=42")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void aRefusedStartIsPrintedAsWhatIsWrongAndWhatToDoNamingTheEnvironmentVariables() {
        var refusal = new id.kasir.application.gateway.SandboxCredentialsRule.Refusal("payin", "kasir.providers.payin.api-key",
                "is the sandbox's published value, which production never uses: set your own");
        var analysis = new UnsafeConfigurationFailureAnalyzer().analyze(new IllegalStateException("wrapped"),
                new SandboxCredentialsAtStartup.UnsafeConfigurationException(java.util.List.of(refusal)));

        assertThat(analysis.getDescription()).contains("kasir.providers.payin.api-key: is the sandbox's published value");
        assertThat(analysis.getAction()).contains("KASIR_PROVIDERS_CASHIN_SECRET_KEY").contains("README");
    }

    /** The app's check alone, as KasirApplication's component scan finds it. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @org.springframework.context.annotation.Import(SandboxCredentialsAtStartup.class)
    static class StartupCheckOnly {
    }
}
