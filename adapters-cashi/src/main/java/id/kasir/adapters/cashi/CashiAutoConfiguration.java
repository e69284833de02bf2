package id.kasir.adapters.cashi;

import id.kasir.application.gateway.GatewayCredentials;
import id.kasir.application.gateway.GatewayCredentials.Credential;
import id.kasir.application.gateway.GatewayCredentials.Source;
import id.kasir.application.notification.ReceiveGatewayNotification;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Registers Cashi when {@code kasir.providers.cashi.enabled} is true (the default): its
 * {@link CashiGateway} for the gateway registry and its webhook endpoint. With no configuration it talks
 * to the in-process sandbox with the sandbox's credentials.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "kasir.providers.cashi.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(CashiProperties.class)
public class CashiAutoConfiguration {

    @Bean
    CashiGateway cashiGateway(CashiProperties properties, ObjectProvider<Clock> clock) {
        return new CashiGateway(properties, clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * Which credentials are the sandbox's published ones, for the application's start-up check. An empty
     * webhook secret is the operator's choice (unsigned webhooks, each confirmed with check-status), not a gap.
     */
    @Bean
    GatewayCredentials cashiCredentials(CashiProperties properties) {
        String prefix = "kasir.providers.cashi.";
        Source webhookSecret = properties.signsWebhooks()
                ? Source.of(properties.webhookSecret(), CashiProperties.SANDBOX_WEBHOOK_SECRET) : Source.OWN;
        return new GatewayCredentials("cashi", prefix + "base-url", properties.baseUrl(), List.of(
                Credential.secret(prefix + "api-key", Source.of(properties.apiKey(), CashiProperties.SANDBOX_API_KEY)),
                Credential.secret(prefix + "webhook-secret", webhookSecret)));
    }

    @Bean
    @ConditionalOnBean(ReceiveGatewayNotification.class)
    CashiWebhookController cashiWebhookController(ReceiveGatewayNotification receiveNotification,
                                                  CashiProperties properties, ObjectProvider<Clock> clock) {
        return new CashiWebhookController(receiveNotification, properties, clock.getIfAvailable(Clock::systemUTC));
    }
}
