package id.kasir.web.admin;

import id.kasir.application.reconciliation.ReconciliationRun;
import id.kasir.application.reconciliation.ReconciliationTrigger;
import id.kasir.application.reconciliation.RunStatus;
import id.kasir.application.reconciliation.RunTrigger;
import id.kasir.application.reconciliation.StartReconciliationRun;
import id.kasir.application.testing.InMemoryReconciliationRuns;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.merchant.IssueApiKey;
import id.kasir.application.merchant.ResendMerchantNotification;
import id.kasir.application.merchant.RevokeApiKey;
import id.kasir.application.operator.OperatorAccounts;
import id.kasir.application.operator.PaymentTotals;
import id.kasir.application.ops.AssignOpsException;
import id.kasir.application.ops.DecideMoneyException;
import id.kasir.application.ops.RecordRefundDone;
import id.kasir.application.ops.ResolveOpsException;
import id.kasir.application.payment.CancelPayment;
import id.kasir.application.payment.CreatePayment;
import id.kasir.application.payment.FindPayments;
import id.kasir.application.payment.RefreshPayment;
import id.kasir.application.port.QrImageRenderer;
import id.kasir.application.payout.ApprovePayout;
import id.kasir.application.payout.FindPayouts;
import id.kasir.application.payout.InquirePayoutAccount;
import id.kasir.application.payout.RefreshPayoutStatus;
import id.kasir.application.payout.RejectPayout;
import id.kasir.application.payout.RequestPayout;
import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.FakePayoutGateway;
import id.kasir.application.testing.TestPayoutKasir;
import id.kasir.application.testing.InMemoryApiKeys;
import id.kasir.application.testing.InMemoryMerchantNotificationOutbox;
import id.kasir.application.testing.InMemoryLoginSources;
import id.kasir.application.testing.InMemoryOperatorAccounts;
import id.kasir.application.testing.InMemoryPaymentTotals;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.domain.refund.Refunds;
import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A small application for the portal's tests: the portal's auto-configuration over the application's
 * use cases wired on in-memory fakes ({@link TestKasir}), with one scripted gateway, {@code cashi}, and
 * the merchant side (API keys, the merchant-notification outbox and their use cases, which the merchant
 * API's auto-configuration builds in the real application) on in-memory fakes too.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class PortalTestApplication {

    /** The PNG signature: enough for the page to have an image to point at. */
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Bean
    FakePaymentGateway cashi() {
        return new FakePaymentGateway("cashi");
    }

    @Bean
    TestKasir kasir(FakePaymentGateway cashi) {
        return new TestKasir(cashi);
    }

    @Bean
    Clock clock(TestKasir kasir) {
        return kasir.clock;
    }

    @Bean
    FindPayments findPayments(TestKasir kasir) {
        return kasir.findPayments;
    }

    @Bean
    RefreshPayment refreshPayment(TestKasir kasir) {
        return kasir.refreshPayment;
    }

    @Bean
    CancelPayment cancelPayment(TestKasir kasir) {
        return kasir.cancelPayment;
    }

    @Bean
    CreatePayment createPayment(TestKasir kasir) {
        return kasir.createPayment;
    }

    @Bean
    GatewayRegistry gatewayRegistry(TestKasir kasir) {
        return kasir.gateways;
    }

    @Bean
    OpsExceptions opsExceptions(TestKasir kasir) {
        return kasir.opsExceptions;
    }

    @Bean
    GatewayNotifications gatewayNotifications(TestKasir kasir) {
        return kasir.notifications;
    }

    @Bean
    AuditTrail auditTrail(TestKasir kasir) {
        return kasir.audit;
    }

    @Bean
    ResolveOpsException resolveOpsException(TestKasir kasir) {
        return kasir.resolveOpsException;
    }

    @Bean
    AssignOpsException assignOpsException(TestKasir kasir) {
        return kasir.assignOpsException;
    }

    @Bean
    DecideMoneyException decideMoneyException(TestKasir kasir) {
        return kasir.decideMoneyException;
    }

    @Bean
    RecordRefundDone recordRefundDone(TestKasir kasir) {
        return kasir.recordRefundDone;
    }

    @Bean
    Refunds refunds(TestKasir kasir) {
        return kasir.refunds;
    }

    @Bean
    InMemoryReconciliationRuns reconciliationRuns(TestKasir kasir) {
        return new InMemoryReconciliationRuns(kasir.payments);
    }

    /** Records who asked; refuses while {@code busy} is set. */
    @Bean
    StartReconciliationRun startReconciliationRun(TestKasir kasir, InMemoryReconciliationRuns runs) {
        java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();
        ReconciliationTrigger trigger = requestedBy -> {
            long id = ids.incrementAndGet();
            runs.begin(new ReconciliationRun(id, RunTrigger.ON_DEMAND, java.time.LocalDate.of(2026, 11, 21),
                    requestedBy, kasir.clock.instant(), null, RunStatus.RUNNING, 0));
            runs.finish(id, RunStatus.COMPLETED, kasir.clock.instant());
        };
        return new StartReconciliationRun(trigger, kasir.audit, kasir.clock);
    }

    @Bean
    QrImageRenderer qrImageRenderer() {
        return (content, size) -> PNG.clone();
    }

    @Bean
    OperatorAccounts operatorAccounts() {
        return new InMemoryOperatorAccounts();
    }

    @Bean
    InMemoryLoginSources loginSources() {
        return new InMemoryLoginSources();
    }

    @Bean
    PaymentTotals paymentTotals(TestKasir kasir) {
        return new InMemoryPaymentTotals(kasir.payments);
    }

    @Bean
    InMemoryApiKeys apiKeys() {
        return new InMemoryApiKeys();
    }

    @Bean
    InMemoryMerchantNotificationOutbox merchantNotificationOutbox() {
        return new InMemoryMerchantNotificationOutbox();
    }

    @Bean
    IssueApiKey issueApiKey(InMemoryApiKeys keys, TestKasir kasir) {
        return new IssueApiKey(keys, kasir.audit, kasir.clock, "test");
    }

    @Bean
    RevokeApiKey revokeApiKey(InMemoryApiKeys keys, TestKasir kasir) {
        return new RevokeApiKey(keys, kasir.audit, kasir.clock);
    }

    @Bean
    ResendMerchantNotification resendMerchantNotification(InMemoryMerchantNotificationOutbox outbox, TestKasir kasir) {
        return new ResendMerchantNotification(outbox, kasir.audit, kasir.clock);
    }

    /** Payouts: their use cases over in-memory fakes, with their own people (fina, abdi, citra, fay). */
    @Bean
    FakePayoutGateway payoutGateway() {
        return new FakePayoutGateway("cashin");
    }

    @Bean
    TestPayoutKasir payoutKasir(FakePayoutGateway payoutGateway) {
        return new TestPayoutKasir(payoutGateway);
    }

    @Bean
    FindPayouts findPayouts(TestPayoutKasir payouts) {
        return payouts.find;
    }

    @Bean
    InquirePayoutAccount inquirePayoutAccount(TestPayoutKasir payouts) {
        return payouts.inquire;
    }

    @Bean
    RequestPayout requestPayout(TestPayoutKasir payouts) {
        return payouts.request;
    }

    @Bean
    ApprovePayout approvePayout(TestPayoutKasir payouts) {
        return payouts.approve;
    }

    @Bean
    RejectPayout rejectPayout(TestPayoutKasir payouts) {
        return payouts.reject;
    }

    @Bean
    RefreshPayoutStatus refreshPayoutStatus(TestPayoutKasir payouts) {
        return payouts.refresh;
    }
}
