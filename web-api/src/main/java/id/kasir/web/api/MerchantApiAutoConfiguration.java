package id.kasir.web.api;

import id.kasir.application.merchant.ApiKeys;
import id.kasir.application.merchant.AuthenticateApiKey;
import id.kasir.application.merchant.CreateMerchantPayment;
import id.kasir.application.merchant.DeliverMerchantNotifications;
import id.kasir.application.merchant.IdempotencyKeys;
import id.kasir.application.merchant.IssueApiKey;
import id.kasir.application.merchant.MerchantNotificationOutbox;
import id.kasir.application.merchant.MerchantNotificationSender;
import id.kasir.application.merchant.MerchantEventPayloads;
import id.kasir.application.merchant.MerchantNotifications;
import id.kasir.application.merchant.PruneIdempotencyKeys;
import id.kasir.application.merchant.ResendMerchantNotification;
import id.kasir.application.merchant.RevokeApiKey;
import id.kasir.application.payment.CreatePayment;
import id.kasir.application.payment.FindPayments;
import id.kasir.application.payment.RefreshPayment;
import id.kasir.application.port.QrImageRenderer;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.payment.Payments;
import id.kasir.web.api.input.StrictJsonBodies;
import id.kasir.web.api.notification.JacksonMerchantEventPayloads;
import id.kasir.web.api.notification.MerchantNotificationScheduler;
import id.kasir.web.api.notification.SignedMerchantNotificationSender;
import id.kasir.web.api.payment.PaymentsController;
import id.kasir.web.api.payout.PayoutApiConfiguration;
import id.kasir.web.api.problem.ApiErrorController;
import id.kasir.web.api.problem.ApiRequestRejectedHandler;
import id.kasir.web.api.problem.MerchantApiProblemHandler;
import id.kasir.web.api.problem.TomcatApiErrorReports;
import id.kasir.web.api.problem.UnhandledApiRequestProblems;
import id.kasir.web.api.security.MerchantApiSecurity;
import java.net.URI;
import java.time.Clock;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The merchant API: its use cases (built here from the ports that persistence provides), its
 * controllers, error handling, security chains, OpenAPI description, and the delivery of merchant
 * notifications. Ordered before Spring Boot's web security so its filter chains take the place of
 * Boot's default chain, and before Boot's error handling so that its error controller (problem+json
 * under {@code /api}, Boot's own answer elsewhere) takes the place of Boot's.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"})
@EnableConfigurationProperties({MerchantApiProperties.class, MerchantNotificationProperties.class})
@Import({MerchantApiSecurity.class, MerchantApiProblemHandler.class, PayoutApiConfiguration.class})
public class MerchantApiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    IssueApiKey issueApiKey(ApiKeys keys, AuditTrail audit, Clock clock, MerchantApiProperties properties) {
        return new IssueApiKey(keys, audit, clock, properties.keyEnvironment());
    }

    @Bean
    @ConditionalOnMissingBean
    AuthenticateApiKey authenticateApiKey(ApiKeys keys, Clock clock) {
        return new AuthenticateApiKey(keys, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    RevokeApiKey revokeApiKey(ApiKeys keys, AuditTrail audit, Clock clock) {
        return new RevokeApiKey(keys, audit, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    CreateMerchantPayment createMerchantPayment(CreatePayment createPayment, Payments payments,
                                                IdempotencyKeys idempotencyKeys, AuditTrail audit, Clock clock) {
        return new CreateMerchantPayment(createPayment, payments, idempotencyKeys, audit, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    PruneIdempotencyKeys pruneIdempotencyKeys(IdempotencyKeys idempotencyKeys, Clock clock,
                                              MerchantApiProperties properties) {
        return new PruneIdempotencyKeys(idempotencyKeys, clock, properties.idempotencyKeys().retention());
    }

    @Bean
    IdempotencyKeyPruning idempotencyKeyPruning(PruneIdempotencyKeys pruneIdempotencyKeys) {
        return new IdempotencyKeyPruning(pruneIdempotencyKeys);
    }

    /** Events are written with the mapper that writes the API's answers: one shape of a payment. */
    @Bean
    @ConditionalOnMissingBean
    MerchantEventPayloads merchantEventPayloads(JsonMapper jsonMapper) {
        return new JacksonMerchantEventPayloads(jsonMapper);
    }

    /** Picked up by the composition root's PaymentWriter as a status listener. */
    @Bean
    @ConditionalOnMissingBean
    MerchantNotifications merchantNotifications(MerchantNotificationOutbox outbox, MerchantEventPayloads payloads,
                                                Clock clock) {
        return new MerchantNotifications(outbox, payloads, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    ResendMerchantNotification resendMerchantNotification(MerchantNotificationOutbox outbox, AuditTrail audit,
                                                           Clock clock) {
        return new ResendMerchantNotification(outbox, audit, clock);
    }

    /**
     * Sends through a {@link MerchantNotificationSender} bean when there is one, else through the signed
     * HTTP sender when {@code kasir.merchant-notifications.url} is set; else idle.
     */
    @Bean
    @ConditionalOnMissingBean
    MerchantNotificationScheduler merchantNotificationScheduler(MerchantNotificationOutbox outbox,
                                                                ObjectProvider<MerchantNotificationSender> senders,
                                                                Clock clock, MerchantNotificationProperties p) {
        MerchantNotificationSender sender = senders.getIfAvailable(() -> signedSender(p, clock));
        if (sender == null) {
            return new MerchantNotificationScheduler(null);
        }
        return new MerchantNotificationScheduler(new DeliverMerchantNotifications(outbox, sender, clock,
                new DeliverMerchantNotifications.Settings(p.maxAttempts(), p.batchSize(), p.claimDuration())));
    }

    private static MerchantNotificationSender signedSender(MerchantNotificationProperties properties, Clock clock) {
        if (!properties.enabled()) {
            return null;
        }
        if (properties.secret().isEmpty()) {
            throw new IllegalStateException("kasir.merchant-notifications.url is set but "
                    + "kasir.merchant-notifications.secret is empty: notifications must be signed");
        }
        URI url = URI.create(properties.url());
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalStateException("kasir.merchant-notifications.url must be an http(s) URL");
        }
        return new SignedMerchantNotificationSender(url, properties.secret(), properties.connectTimeout(),
                properties.readTimeout(), clock);
    }

    @Bean
    UnhandledApiRequestProblems unhandledApiRequestProblems() {
        return new UnhandledApiRequestProblems();
    }

    /** The API's bodies are read strictly; see {@link id.kasir.web.api.input.StrictJson}. */
    @Bean
    StrictJsonBodies merchantApiStrictJsonBodies() {
        return new StrictJsonBodies();
    }

    /** What the firewall refuses under /api is a problem+json (Spring Security picks this bean up). */
    @Bean
    @ConditionalOnMissingBean(RequestRejectedHandler.class)
    RequestRejectedHandler merchantApiRequestRejectedHandler() {
        return new ApiRequestRejectedHandler();
    }

    /** Replaces Spring Boot's error controller: problem+json for /api, Boot's answer for everything else. */
    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ApiErrorController apiErrorController(ErrorAttributes errorAttributes, WebProperties webProperties,
                                          ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        return new ApiErrorController(errorAttributes, webProperties.getError(), errorViewResolvers.orderedStream().toList());
    }

    /** What Tomcat refuses before any servlet runs (an encoded slash, a header too large) under /api: problem+json. */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
    TomcatApiErrorReports tomcatApiErrorReports() {
        return new TomcatApiErrorReports();
    }

    @Bean
    PaymentsController merchantPaymentsController(CreateMerchantPayment createMerchantPayment,
                                                  FindPayments findPayments, RefreshPayment refreshPayment,
                                                  QrImageRenderer qrImageRenderer, MerchantApiProperties properties,
                                                  @Value("${kasir.public-base-url:http://localhost:${server.port:8080}}")
                                                  String publicBaseUrl) {
        return new PaymentsController(createMerchantPayment, findPayments, refreshPayment, qrImageRenderer,
                properties.pendingRetryAfter(), properties.qrSize(), publicBaseUrl);
    }

    @Bean
    BootstrapApiKey bootstrapApiKey(IssueApiKey issueApiKey, MerchantApiProperties properties,
                                    @Value("${KASIR_API_KEY:}") String fromEnvironment) {
        return new BootstrapApiKey(issueApiKey,
                properties.bootstrapKey().isBlank() ? fromEnvironment : properties.bootstrapKey());
    }

    /** The OpenAPI document describes the merchant API only: see {@link MerchantApiDocument}. */
    @Bean
    OpenApiCustomizer merchantApiDocument() {
        return new MerchantApiDocument();
    }
}
