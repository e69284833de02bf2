package id.kasir.application.testing;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.merchant.AuthenticateApiKey;
import id.kasir.application.merchant.CreateMerchantPayment;
import id.kasir.application.merchant.DeliverMerchantNotifications;
import id.kasir.application.merchant.IssueApiKey;
import id.kasir.application.merchant.MerchantEventPayloads;
import id.kasir.application.merchant.MerchantNotificationSender;
import id.kasir.application.merchant.MerchantNotifications;
import id.kasir.application.merchant.PruneIdempotencyKeys;
import id.kasir.application.merchant.ResendMerchantNotification;
import id.kasir.application.merchant.RevokeApiKey;
import id.kasir.application.payment.ApplyGatewayStatus;
import id.kasir.application.payment.CreatePayment;
import id.kasir.application.payment.ExpireOverduePayments;
import id.kasir.application.payment.ReconcilePayment;
import id.kasir.application.payment.FindPayments;
import id.kasir.application.payment.PaymentWriter;
import id.kasir.application.payment.RefreshPayment;
import id.kasir.application.port.RandomIdGenerator;
import id.kasir.domain.gateway.PaymentGateway;
import java.time.Duration;
import java.util.List;

/**
 * The merchant-facing use cases wired over in-memory fakes, with the merchant-notification outbox
 * listening to every status change as it does in the real application (the same wiring as
 * {@link TestKasir} plus the merchant parts).
 */
public final class TestMerchantKasir {

    public final MutableClock clock = MutableClock.at("2026-11-21T03:00:00Z");
    public final InMemoryPayments payments = new InMemoryPayments();
    public final InMemoryOpsExceptions opsExceptions = new InMemoryOpsExceptions();
    public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    public final InMemoryApiKeys apiKeys = new InMemoryApiKeys();
    public final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys();
    public final InMemoryMerchantNotificationOutbox outbox = new InMemoryMerchantNotificationOutbox();
    public final DirectTransactionRunner transactions = new DirectTransactionRunner();
    public final RandomIdGenerator ids = new RandomIdGenerator(clock);
    public final GatewayRegistry gateways;
    public final MerchantNotifications merchantNotifications;
    public final PaymentWriter writer;
    public final CreatePayment createPayment;
    public final CreateMerchantPayment createMerchantPayment;
    public final FindPayments findPayments;
    public final ApplyGatewayStatus applyGatewayStatus;
    public final RefreshPayment refreshPayment;
    public final ReconcilePayment reconcilePayment;
    public final ExpireOverduePayments expireOverduePayments;
    public final IssueApiKey issueApiKey;
    public final AuthenticateApiKey authenticateApiKey;
    public final RevokeApiKey revokeApiKey;
    public final ResendMerchantNotification resendMerchantNotification;
    public final PruneIdempotencyKeys pruneIdempotencyKeys;
    /** What renders event bodies: a {@link FakeMerchantEventPayloads} unless another was given. */
    public final MerchantEventPayloads payloads;

    public TestMerchantKasir(PaymentGateway... gatewayAdapters) {
        this(new FakeMerchantEventPayloads(), gatewayAdapters);
    }

    public TestMerchantKasir(MerchantEventPayloads payloads, PaymentGateway... gatewayAdapters) {
        this.payloads = payloads;
        gateways = new GatewayRegistry(List.of(gatewayAdapters), List.of());
        merchantNotifications = new MerchantNotifications(outbox, payloads, clock);
        writer = new PaymentWriter(payments, List.of(merchantNotifications));
        createPayment = new CreatePayment(gateways, payments, writer, transactions, ids, clock);
        createMerchantPayment = new CreateMerchantPayment(createPayment, payments, idempotencyKeys, audit, clock);
        findPayments = new FindPayments(payments);
        applyGatewayStatus = new ApplyGatewayStatus(payments, writer, opsExceptions, transactions, clock);
        refreshPayment = new RefreshPayment(gateways, payments, writer, applyGatewayStatus, transactions, clock);
        reconcilePayment = new ReconcilePayment(payments, writer, refreshPayment, transactions, clock);
        expireOverduePayments = new ExpireOverduePayments(payments, reconcilePayment, clock);
        issueApiKey = new IssueApiKey(apiKeys, audit, clock, "test");
        authenticateApiKey = new AuthenticateApiKey(apiKeys, clock);
        revokeApiKey = new RevokeApiKey(apiKeys, audit, clock);
        resendMerchantNotification = new ResendMerchantNotification(outbox, audit, clock);
        pruneIdempotencyKeys = new PruneIdempotencyKeys(idempotencyKeys, clock, Duration.ofDays(30));
    }

    public DeliverMerchantNotifications delivery(MerchantNotificationSender sender) {
        return new DeliverMerchantNotifications(outbox, sender, clock, DeliverMerchantNotifications.Settings.DEFAULT);
    }
}
