package id.kasir.adapters.cashin;

import id.kasir.application.gateway.GatewayCredentials;
import id.kasir.application.notification.GuardAgainstReplays;
import id.kasir.application.notification.ReceiveGatewayNotification;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Cash In, switched on by {@code kasir.providers.cashin.enabled} (default on): the {@link CashInPaymentGateway}
 * bean the gateway registry picks up, and the notify endpoint when this is a web application.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "kasir.providers.cashin.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(CashInProperties.class)
public class CashInAutoConfiguration {

    @Bean
    public CashInSnapSigner cashInSnapSigner(CashInProperties properties, ResourceLoader resources,
                                             ObjectProvider<Clock> clock) {
        return new CashInSnapSigner(properties.hmacAlgorithm(), properties.secretKey(),
                CashInKeys.privateKey(pem(properties.privateKey(), resources, "private-key"),
                        "kasir.providers.cashin.private-key"),
                CashInKeys.publicKey(pem(properties.gatewayPublicKey(), resources, "gateway-public-key"),
                        "kasir.providers.cashin.gateway-public-key"),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    public CashInPaymentGateway cashInPaymentGateway(CashInProperties properties, CashInSnapSigner signer,
                                                     ObjectProvider<Clock> clock,
                                                     @Value("${kasir.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        return build(properties, signer, clock.getIfAvailable(Clock::systemUTC), publicBaseUrl);
    }

    /**
     * Which credentials are the sandbox's published ones (the keys ship on the classpath so the embedded
     * default works out of the box): the application's start-up check refuses them outside the sandbox.
     */
    @Bean
    public GatewayCredentials cashInCredentials(CashInProperties properties, ResourceLoader resources) {
        return CashInSandboxCredentials.of(properties, resources);
    }

    /** The whole adapter from its properties: shared by the auto-configuration and tests. */
    public static CashInPaymentGateway build(CashInProperties properties, CashInSnapSigner signer, Clock clock,
                                             String publicBaseUrl) {
        CashInHttp http = new CashInHttp(properties.baseUrl(), properties.connectTimeout(), properties.readTimeout(),
                circuitBreaker());
        return new CashInPaymentGateway(new CashInCheckoutClient(properties, signer, http, publicBaseUrl, clock),
                new CashInQrisClient(properties, signer, http), Duration.ofMillis(300));
    }

    /**
     * One breaker for Cash In: opens when half of the last 20 calls (at least 10) failed (no answer or
     * 5xx), stays open 30 s, then lets 3 calls through to test the water.
     */
    public static CircuitBreaker circuitBreaker() {
        return CircuitBreaker.of("cashin", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .permittedNumberOfCallsInHalfOpenState(3)
                .build());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class NotifyEndpoint {

        @Bean
        CashInNotifyEndpoint cashInNotifyEndpoint(CashInProperties properties, CashInSnapSigner signer,
                                                  ObjectProvider<ReceiveGatewayNotification> receiver,
                                                  ObjectProvider<GuardAgainstReplays> replays,
                                                  ObjectProvider<Clock> clock,
                                                  @Value("${kasir.public-base-url:http://localhost:8080}") String publicBaseUrl) {
            // Looked up per notification, so the endpoint does not depend on the order beans are made in.
            return new CashInNotifyEndpoint(signer, properties.notifyTimestampTolerance(), publicBaseUrl,
                    receiver::getObject, replays::getObject, clock.getIfAvailable(Clock::systemUTC));
        }

        @Bean
        CashInNotificationController cashInNotificationController(CashInNotifyEndpoint endpoint) {
            return new CashInNotificationController(endpoint);
        }
    }

    /** PEM text as given, or read from a resource location ({@code file:...}, {@code classpath:...}). */
    static String pem(String value, ResourceLoader resources, String property) {
        if (CashInKeys.looksLikePem(value)) {
            return value;
        }
        Resource resource = resources.getResource(value.trim());
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("kasir.providers.cashin." + property + ": cannot read '" + value.trim()
                    + "' (give the PEM text or a location such as file:/path/key.pem or classpath:keys/key.pem)", e);
        }
    }
}
