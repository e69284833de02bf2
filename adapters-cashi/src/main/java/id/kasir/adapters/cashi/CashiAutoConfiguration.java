package id.kasir.adapters.cashi;

import id.kasir.application.notification.ReceiveGatewayNotification;
import java.time.Clock;
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

    @Bean
    @ConditionalOnBean(ReceiveGatewayNotification.class)
    CashiWebhookController cashiWebhookController(ReceiveGatewayNotification receiveNotification,
                                                  CashiProperties properties, ObjectProvider<Clock> clock) {
        return new CashiWebhookController(receiveNotification, properties, clock.getIfAvailable(Clock::systemUTC));
    }
}
