package id.kasir.app;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.notification.GuardAgainstReplays;
import id.kasir.application.notification.NotificationMessageIds;
import id.kasir.application.notification.ReceiveGatewayNotification;
import id.kasir.application.notification.ResumeAbandonedNotifications;
import id.kasir.application.ops.AssignOpsException;
import id.kasir.application.ops.DecideMoneyException;
import id.kasir.application.ops.RecordOpsException;
import id.kasir.application.ops.RecordRefundDone;
import id.kasir.application.ops.ResolveOpsException;
import id.kasir.application.payment.ApplyGatewayStatus;
import id.kasir.application.payment.CancelPayment;
import id.kasir.application.payment.CreatePayment;
import id.kasir.application.payment.ExpireOverduePayments;
import id.kasir.application.payment.FindPayments;
import id.kasir.application.payment.PaymentStatusListener;
import id.kasir.application.payment.PaymentWriter;
import id.kasir.application.payment.ReconcilePayment;
import id.kasir.application.payment.RefreshPayment;
import id.kasir.application.port.IdGenerator;
import id.kasir.application.port.RandomIdGenerator;
import id.kasir.application.port.TransactionRunner;
import id.kasir.application.reconciliation.PaymentRechecks;
import id.kasir.application.reconciliation.RecheckPayments;
import id.kasir.application.reconciliation.ReconciliationTrigger;
import id.kasir.application.reconciliation.StartReconciliationRun;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.gateway.PaymentGateway;
import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.domain.payment.Payments;
import id.kasir.domain.payout.PayoutGateway;
import id.kasir.domain.refund.Refunds;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The composition root of the use cases: the application module has no Spring in it, so its classes
 * are built here, from whatever adapters the enabled modules contributed (repositories from
 * persistence, gateways from each enabled gateway module, status listeners from the merchant API).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PaymentLimitsProperties.class, JanitorProperties.class,
        NotificationInboxProperties.class})
public class KasirConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Two requests of one portal session at the same moment (a double click, two tabs) may both store the
     * same session attribute (the flash message); Spring Session's plain INSERT then fails on the primary key
     * and one click got a 500. Its MySQL customizer upserts instead ({@code ON DUPLICATE KEY UPDATE}); the
     * embedded H2 runs in {@code MODE=MySQL}, which accepts the same statement.
     */
    @Bean
    MySqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
        return new MySqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** Absolute URLs and redirects from kasir.public-base-url, never from the Host header: see the class. */
    @Bean
    FilterRegistrationBean<PublicBaseUrlRequests> publicBaseUrlRequests(
            @Value("${kasir.public-base-url}") String publicBaseUrl) {
        FilterRegistrationBean<PublicBaseUrlRequests> registration =
                new FilterRegistrationBean<>(new PublicBaseUrlRequests(publicBaseUrl));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD,
                DispatcherType.ASYNC, DispatcherType.INCLUDE);
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean
    IdGenerator idGenerator(Clock clock) {
        return new RandomIdGenerator(clock);
    }

    @Bean
    GatewayRegistry gatewayRegistry(ObjectProvider<PaymentGateway> paymentGateways,
                                    ObjectProvider<PayoutGateway> payoutGateways) {
        return new GatewayRegistry(paymentGateways.orderedStream().toList(), payoutGateways.orderedStream().toList());
    }

    @Bean
    PaymentWriter paymentWriter(Payments payments, ObjectProvider<PaymentStatusListener> listeners) {
        return new PaymentWriter(payments, listeners.orderedStream().toList());
    }

    @Bean
    CreatePayment createPayment(GatewayRegistry gateways, Payments payments, PaymentWriter writer,
                                TransactionRunner transactions, IdGenerator ids, Clock clock,
                                PaymentLimitsProperties limits) {
        return new CreatePayment(gateways, payments, writer, transactions, ids, clock, limits.toMaximumAmounts());
    }

    @Bean
    FindPayments findPayments(Payments payments) {
        return new FindPayments(payments);
    }

    @Bean
    ApplyGatewayStatus applyGatewayStatus(Payments payments, PaymentWriter writer, OpsExceptions opsExceptions,
                                          TransactionRunner transactions, Clock clock) {
        return new ApplyGatewayStatus(payments, writer, opsExceptions, transactions, clock);
    }

    @Bean
    RefreshPayment refreshPayment(GatewayRegistry gateways, Payments payments, PaymentWriter writer,
                                  ApplyGatewayStatus apply, TransactionRunner transactions, Clock clock) {
        return new RefreshPayment(gateways, payments, writer, apply, transactions, clock);
    }

    @Bean
    ReconcilePayment reconcilePayment(Payments payments, PaymentWriter writer, RefreshPayment refresh,
                                      TransactionRunner transactions, Clock clock) {
        return new ReconcilePayment(payments, writer, refresh, transactions, clock);
    }

    @Bean
    ExpireOverduePayments expireOverduePayments(Payments payments, ReconcilePayment reconcile, Clock clock) {
        return new ExpireOverduePayments(payments, reconcile, clock);
    }

    @Bean
    RecheckPayments recheckPayments(PaymentRechecks rechecks, ReconcilePayment reconcile, JanitorProperties janitor,
                                    Clock clock) {
        return new RecheckPayments(rechecks, reconcile, janitor.backoff(), clock);
    }

    @Bean
    StartReconciliationRun startReconciliationRun(ReconciliationTrigger trigger, AuditTrail audit, Clock clock) {
        return new StartReconciliationRun(trigger, audit, clock);
    }

    @Bean
    CancelPayment cancelPayment(Payments payments, PaymentWriter writer, AuditTrail audit,
                                TransactionRunner transactions, Clock clock) {
        return new CancelPayment(payments, writer, audit, transactions, clock);
    }

    @Bean
    ReceiveGatewayNotification receiveGatewayNotification(GatewayNotifications inbox, Payments payments,
                                                          ApplyGatewayStatus apply, RefreshPayment refresh,
                                                          OpsExceptions opsExceptions, TransactionRunner transactions,
                                                          IdGenerator ids, Clock clock,
                                                          NotificationInboxProperties inboxProperties) {
        return new ReceiveGatewayNotification(inbox, payments, apply, refresh, opsExceptions, transactions, ids, clock,
                inboxProperties.claimLease());
    }

    /** The inbox janitor: notifications stored by a node that died before acting on them (issue 17). */
    @Bean
    ResumeAbandonedNotifications resumeAbandonedNotifications(GatewayNotifications inbox,
                                                              ReceiveGatewayNotification receive, Clock clock) {
        return new ResumeAbandonedNotifications(inbox, receive, clock);
    }

    /** Replays of signed notifications, judged on ids kept in the database (every node agrees). */
    @Bean
    GuardAgainstReplays guardAgainstReplays(NotificationMessageIds ids, GatewayNotifications inbox, Clock clock) {
        return new GuardAgainstReplays(ids, inbox, clock);
    }

    @Bean
    RecordOpsException recordOpsException(OpsExceptions opsExceptions, Clock clock) {
        return new RecordOpsException(opsExceptions, clock);
    }

    @Bean
    ResolveOpsException resolveOpsException(OpsExceptions opsExceptions, AuditTrail audit,
                                            TransactionRunner transactions, Clock clock) {
        return new ResolveOpsException(opsExceptions, audit, transactions, clock);
    }

    @Bean
    AssignOpsException assignOpsException(OpsExceptions opsExceptions, AuditTrail audit,
                                          TransactionRunner transactions, Clock clock) {
        return new AssignOpsException(opsExceptions, audit, transactions, clock);
    }

    @Bean
    DecideMoneyException decideMoneyException(OpsExceptions opsExceptions, Payments payments, PaymentWriter writer,
                                              Refunds refunds, AuditTrail audit, TransactionRunner transactions,
                                              Clock clock) {
        return new DecideMoneyException(opsExceptions, payments, writer, refunds, audit, transactions, clock);
    }

    @Bean
    RecordRefundDone recordRefundDone(Refunds refunds, OpsExceptions opsExceptions, Payments payments,
                                      PaymentWriter writer, AuditTrail audit, TransactionRunner transactions,
                                      Clock clock) {
        return new RecordRefundDone(refunds, opsExceptions, payments, writer, audit, transactions, clock);
    }

    /** kasir.ops.exceptions.open{type=…}: open exceptions per type, for an alert on a new money exception. */
    @Bean
    OpenOpsExceptionsGauge openOpsExceptionsGauge(OpsExceptions opsExceptions) {
        return new OpenOpsExceptionsGauge(opsExceptions);
    }
}
