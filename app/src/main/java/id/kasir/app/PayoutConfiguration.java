package id.kasir.app;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.operator.OperatorAccounts;
import id.kasir.application.payout.ApplyTransferReport;
import id.kasir.application.payout.ApprovePayout;
import id.kasir.application.payout.ExecutePayout;
import id.kasir.application.payout.FindPayouts;
import id.kasir.application.payout.FollowUpPayouts;
import id.kasir.application.payout.InquirePayoutAccount;
import id.kasir.application.payout.PayoutPolicy;
import id.kasir.application.payout.PayoutStatusListener;
import id.kasir.application.payout.PayoutWriter;
import id.kasir.application.payout.RefreshPayoutStatus;
import id.kasir.application.payout.RejectPayout;
import id.kasir.application.payout.RequestPayout;
import id.kasir.application.port.IdGenerator;
import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.domain.payout.Payouts;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The composition root of the payout use cases (the application module has no Spring): built from the
 * payout gateway the enabled adapters contributed, the repositories of persistence, the operator
 * accounts (roles are checked in the use cases), and the status listeners (the merchant's
 * {@code payout.*} events, from the merchant API's module).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PayoutProperties.class)
public class PayoutConfiguration {

    @Bean
    PayoutPolicy payoutPolicy(PayoutProperties properties) {
        return properties.policy();
    }

    @Bean
    PayoutWriter payoutWriter(Payouts payouts, ObjectProvider<PayoutStatusListener> listeners) {
        return new PayoutWriter(payouts, listeners.orderedStream().toList());
    }

    @Bean
    InquirePayoutAccount inquirePayoutAccount(GatewayRegistry gateways, IdGenerator ids, OperatorAccounts accounts,
                                              AuditTrail audit, PayoutPolicy policy, Clock clock) {
        return new InquirePayoutAccount(gateways, ids, accounts, audit, policy, clock);
    }

    @Bean
    RequestPayout requestPayout(GatewayRegistry gateways, Payouts payouts, PayoutWriter writer, OperatorAccounts accounts,
                                AuditTrail audit, PayoutPolicy policy, TransactionRunner transactions, IdGenerator ids,
                                Clock clock) {
        return new RequestPayout(gateways, payouts, writer, accounts, audit, policy, transactions, ids, clock);
    }

    @Bean
    ApplyTransferReport applyTransferReport(Payouts payouts, PayoutWriter writer, OpsExceptions opsExceptions,
                                            PayoutPolicy policy, TransactionRunner transactions, Clock clock) {
        return new ApplyTransferReport(payouts, writer, opsExceptions, policy, transactions, clock);
    }

    @Bean
    ExecutePayout executePayout(GatewayRegistry gateways, Payouts payouts, PayoutWriter writer,
                                ApplyTransferReport apply, PayoutPolicy policy, TransactionRunner transactions,
                                Clock clock) {
        return new ExecutePayout(gateways, payouts, writer, apply, policy, transactions, clock);
    }

    @Bean
    ApprovePayout approvePayout(GatewayRegistry gateways, Payouts payouts, PayoutWriter writer, ExecutePayout execute,
                                OperatorAccounts accounts, AuditTrail audit, PayoutPolicy policy,
                                TransactionRunner transactions, Clock clock) {
        return new ApprovePayout(gateways, payouts, writer, execute, accounts, audit, policy, transactions, clock);
    }

    @Bean
    RejectPayout rejectPayout(Payouts payouts, PayoutWriter writer, OperatorAccounts accounts, AuditTrail audit,
                              TransactionRunner transactions, Clock clock) {
        return new RejectPayout(payouts, writer, accounts, audit, transactions, clock);
    }

    @Bean
    RefreshPayoutStatus refreshPayoutStatus(GatewayRegistry gateways, Payouts payouts, ApplyTransferReport apply,
                                            ExecutePayout execute, OpsExceptions opsExceptions, AuditTrail audit,
                                            PayoutPolicy policy, Clock clock) {
        return new RefreshPayoutStatus(gateways, payouts, apply, execute, opsExceptions, audit, policy, clock);
    }

    @Bean
    FollowUpPayouts followUpPayouts(Payouts payouts, ExecutePayout execute, RefreshPayoutStatus refresh,
                                    PayoutPolicy policy, Clock clock) {
        return new FollowUpPayouts(payouts, execute, refresh, policy, clock);
    }

    @Bean
    FindPayouts findPayouts(Payouts payouts, PayoutPolicy policy, Clock clock) {
        return new FindPayouts(payouts, policy, clock);
    }
}
