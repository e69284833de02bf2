package id.kasir.application.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.gateway.GatewayCredentials.Credential;
import id.kasir.application.gateway.GatewayCredentials.Source;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SandboxCredentialsRuleTest {

    private static final String SANDBOX = "http://localhost:8080/sandbox";
    private final SandboxCredentialsRule development = new SandboxCredentialsRule(
            new SandboxCredentialsRule.Deployment(true, true, SANDBOX));
    private final SandboxCredentialsRule production = new SandboxCredentialsRule(
            new SandboxCredentialsRule.Deployment(false, false, SANDBOX));

    private static GatewayCredentials cashIn(String baseUrl, Source secret, Source identifier) {
        return new GatewayCredentials("cashin", "kasir.providers.cashin.base-url", baseUrl, List.of(
                Credential.secret("kasir.providers.cashin.private-key", secret),
                Credential.identifier("kasir.providers.cashin.partner-id", identifier)));
    }

    @Test
    void sandboxCredentialsAgainstTheMountedInProcessSandboxAreFine() {
        assertThat(development.judge(List.of(cashIn(SANDBOX + "/cashin", Source.SANDBOX, Source.SANDBOX)))).isEmpty();
        assertThat(development.judge(List.of(cashIn("http://127.0.0.1:8080/sandbox/cashin/", Source.SANDBOX,
                Source.SANDBOX)))).isEmpty();
    }

    /** Real gateways, other servers, look-alike paths and tricks with the URL: none is Kasir's own sandbox. */
    @ParameterizedTest
    @ValueSource(strings = {"https://api.cashin.co.id", "https://sandbox.cashin.co.id/sandbox/cashin",
            "http://localhost:9090/sandbox/cashin", "https://localhost:8080/sandbox/cashin",
            "http://localhost:8080/sandbox/cashi", "http://localhost:8080/sandbox/cashinx",
            "http://localhost:8080/other/sandbox/cashin", "http://localhost:8080@evil.example/sandbox/cashin",
            "http://127.evil.example:8080/sandbox/cashin", "http://localhost:8080/sandbox/cashin/../../real",
            "not a url at all", ""})
    void aSandboxSecretWithAnyOtherBaseUrlIsRefusedNamingTheProperty(String baseUrl) {
        List<SandboxCredentialsRule.Refusal> refusals = development.judge(List.of(cashIn(baseUrl, Source.SANDBOX,
                Source.SANDBOX)));

        assertThat(refusals).extracting(SandboxCredentialsRule.Refusal::property)
                .containsExactly("kasir.providers.cashin.private-key");
        assertThat(refusals.get(0).reason()).contains("kasir.providers.cashin.base-url").contains("Set your own");
    }

    @Test
    void theSandboxsIdentifiersAloneAreNoSecretOutsideProduction() {
        assertThat(development.judge(List.of(cashIn("https://api.cashin.co.id", Source.OWN, Source.SANDBOX)))).isEmpty();
    }

    @Test
    void productionRefusesEverySandboxValueAndTheInProcessSandboxItself() {
        List<SandboxCredentialsRule.Refusal> refusals = new SandboxCredentialsRule(
                new SandboxCredentialsRule.Deployment(false, true, SANDBOX))
                .judge(List.of(cashIn(SANDBOX + "/cashin", Source.SANDBOX, Source.SANDBOX)));

        assertThat(refusals).extracting(SandboxCredentialsRule.Refusal::property).containsExactly(
                "kasir.providers.cashin.base-url", "kasir.providers.cashin.private-key", "kasir.providers.cashin.partner-id");
    }

    @Test
    void productionWithItsOwnCredentialsAndARealGatewayStarts() {
        assertThat(production.judge(List.of(cashIn("https://api.cashin.co.id", Source.OWN, Source.OWN)))).isEmpty();
    }

    @Test
    void aBaseUrlPointingAtAnUnmountedSandboxAndAnEmptyCredentialAreRefusedEverywhere() {
        SandboxCredentialsRule unmounted = new SandboxCredentialsRule(new SandboxCredentialsRule.Deployment(true, false, SANDBOX));

        assertThat(unmounted.judge(List.of(cashIn(SANDBOX + "/cashin", Source.OWN, Source.MISSING))))
                .extracting(SandboxCredentialsRule.Refusal::toString)
                .containsExactly("kasir.providers.cashin.base-url: points at Kasir's in-process sandbox "
                                + "(http://localhost:8080/sandbox/cashin), which is not mounted (kasir.sandbox.enabled=false): "
                                + "set the gateway's real address",
                        "kasir.providers.cashin.partner-id: is empty: set it");
    }
}
