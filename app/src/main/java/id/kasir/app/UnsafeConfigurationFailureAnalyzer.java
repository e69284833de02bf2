package id.kasir.app;

import id.kasir.app.SandboxCredentialsAtStartup.UnsafeConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a refused start-up as Spring Boot prints a bad configuration: what is wrong and what to do,
 * without a stack trace an operator has to read through. Registered in {@code META-INF/spring.factories}.
 */
class UnsafeConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set each property listed (environment variables work too: kasir.providers.cashin.secret-key is "
                        + "KASIR_PROVIDERS_CASHIN_SECRET_KEY). The README's production section lists every secret.",
                cause);
    }
}
