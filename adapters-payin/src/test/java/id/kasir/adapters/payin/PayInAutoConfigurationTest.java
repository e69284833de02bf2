package id.kasir.adapters.payin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.gateway.GatewayCredentials;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PayInAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PayInAutoConfiguration.class));

    @Test
    void reportsWhichCredentialsAreTheSandboxsPublishedOnes() {
        runner.run(context -> assertThat(sources(context.getBean(GatewayCredentials.class))).containsExactly(
                "kasir.providers.payin.api-key=SANDBOX", "kasir.providers.payin.merchant-id=SANDBOX"));
        // an empty key falls back to the sandbox's inside PayInProperties: still reported as the sandbox's
        runner.withPropertyValues("kasir.providers.payin.api-key=", "kasir.providers.payin.merchant-id=77",
                        "kasir.providers.payin.base-url=https://payin.example")
                .run(context -> {
                    GatewayCredentials credentials = context.getBean(GatewayCredentials.class);
                    assertThat(sources(credentials)).containsExactly("kasir.providers.payin.api-key=SANDBOX",
                            "kasir.providers.payin.merchant-id=OWN");
                    assertThat(credentials.baseUrl()).isEqualTo("https://payin.example");
                });
    }

    private static List<String> sources(GatewayCredentials credentials) {
        return credentials.credentials().stream().map(c -> c.property() + "=" + c.source()).toList();
    }
}
