package id.kasir.app;

import id.kasir.application.gateway.GatewayCredentials;
import id.kasir.application.gateway.SandboxCredentialsRule;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Refuses to start Kasir while an enabled gateway would run on the sandbox's published credentials
 * outside the in-process sandbox, or — where {@code kasir.providers.allow-sandbox-credentials} is false,
 * as in profile {@code mysql} — on any sandbox credential at all ({@link SandboxCredentialsRule}). Runs
 * once every bean exists and before the web server takes a request; the exception lists every property
 * to set, and {@link UnsafeConfigurationFailureAnalyzer} prints it without a stack trace.
 */
@Configuration(proxyBeanMethods = false)
class SandboxCredentialsAtStartup implements SmartInitializingSingleton {

    static final String ALLOW_PROPERTY = "kasir.providers.allow-sandbox-credentials";

    private final ObjectProvider<GatewayCredentials> gateways;
    private final Environment environment;

    SandboxCredentialsAtStartup(ObjectProvider<GatewayCredentials> gateways, Environment environment) {
        this.gateways = gateways;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<SandboxCredentialsRule.Refusal> refusals = new SandboxCredentialsRule(deployment(environment))
                .judge(gateways.orderedStream().toList());
        if (!refusals.isEmpty()) {
            throw new UnsafeConfigurationException(refusals);
        }
    }

    static SandboxCredentialsRule.Deployment deployment(Environment environment) {
        String publicBaseUrl = environment.getProperty("kasir.public-base-url", "http://localhost:8080");
        String sandboxPath = environment.getProperty("kasir.sandbox.path", "/sandbox");
        return new SandboxCredentialsRule.Deployment(
                environment.getProperty(ALLOW_PROPERTY, Boolean.class, true),
                environment.getProperty("kasir.sandbox.enabled", Boolean.class, false),
                publicBaseUrl.replaceAll("/+$", "") + sandboxPath);
    }

    /** Kasir will not start: each refusal names the property to set (never its value). */
    static final class UnsafeConfigurationException extends IllegalStateException {
        private final List<SandboxCredentialsRule.Refusal> refusals;

        UnsafeConfigurationException(List<SandboxCredentialsRule.Refusal> refusals) {
            super("Kasir refuses to start with the sandbox's credentials outside the sandbox:\n  - "
                    + String.join("\n  - ", refusals.stream().map(Object::toString).toList()));
            this.refusals = List.copyOf(refusals);
        }

        List<SandboxCredentialsRule.Refusal> refusals() {
            return refusals;
        }
    }
}
