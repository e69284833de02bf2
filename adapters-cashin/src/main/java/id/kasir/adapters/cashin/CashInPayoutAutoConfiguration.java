package id.kasir.adapters.cashin;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Cash In's payouts ({@link CashInPayoutGateway}), on whenever the Cash In adapter is: the same
 * credentials, signer and base URL as its payments, but its own circuit breaker ({@code cashin-emoney}),
 * so a failing e-money service does not stop payments and the other way round.
 */
@AutoConfiguration(after = CashInAutoConfiguration.class)
@ConditionalOnProperty(name = "kasir.providers.cashin.enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnBean(CashInSnapSigner.class)
public class CashInPayoutAutoConfiguration {

    @Bean
    public CashInPayoutGateway cashInPayoutGateway(CashInProperties properties, CashInSnapSigner signer) {
        return build(properties, signer, Duration.ofMillis(300));
    }

    /** The payout gateway from its properties: shared by the auto-configuration and tests. */
    public static CashInPayoutGateway build(CashInProperties properties, CashInSnapSigner signer, Duration retryWait) {
        CircuitBreaker breaker = CircuitBreaker.of("cashin-emoney",
                CashInAutoConfiguration.circuitBreaker().getCircuitBreakerConfig());
        CashInHttp http = new CashInHttp(properties.baseUrl(), properties.connectTimeout(), properties.readTimeout(),
                breaker);
        return new CashInPayoutGateway(new CashInEmoneyClient(properties, signer, http), retryWait);
    }
}
