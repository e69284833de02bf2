package id.kasir.adapters.payin;

import id.kasir.application.gateway.GatewayCredentials;
import id.kasir.application.gateway.GatewayCredentials.Credential;
import id.kasir.application.gateway.GatewayCredentials.Source;
import id.kasir.application.notification.ReceiveGatewayNotification;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Registers PayIn with Kasir: its {@link id.kasir.domain.gateway.PaymentGateway} and its callback
 * endpoint. On unless {@code kasir.providers.payin.enabled=false}; the defaults reach the sandbox of
 * the embedded default run.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "kasir.providers.payin.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(PayInProperties.class)
public class PayInAutoConfiguration {

    @Bean
    public PayInPaymentGateway payInPaymentGateway(PayInProperties properties, Environment environment,
                                                   ObjectProvider<Clock> clock) {
        return new PayInPaymentGateway(properties,
                environment.getProperty("kasir.public-base-url", "http://localhost:8080"),
                clock.getIfUnique(Clock::systemUTC));
    }

    /** Which credentials are the sandbox's published ones, for the application's start-up check. */
    @Bean
    public GatewayCredentials payInCredentials(PayInProperties properties) {
        PayInProperties sandbox = PayInProperties.defaults();
        String prefix = "kasir.providers.payin.";
        return new GatewayCredentials("payin", prefix + "base-url", properties.baseUrl(), List.of(
                Credential.secret(prefix + "api-key", Source.of(properties.apiKey(), sandbox.apiKey())),
                Credential.identifier(prefix + "merchant-id", Source.of(properties.merchantId(), sandbox.merchantId()))));
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    public PayInNotificationController payInNotificationController(ReceiveGatewayNotification receiveNotification,
                                                                   PayInProperties properties,
                                                                   ObjectProvider<Clock> clock) {
        return new PayInNotificationController(receiveNotification, properties, clock.getIfUnique(Clock::systemUTC));
    }
}
