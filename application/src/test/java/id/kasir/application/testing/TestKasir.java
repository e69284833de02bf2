package id.kasir.application.testing;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.notification.GuardAgainstReplays;
import id.kasir.application.notification.ReceiveGatewayNotification;
import id.kasir.application.ops.AssignOpsException;
import id.kasir.application.ops.DecideMoneyException;
import id.kasir.application.ops.RecordRefundDone;
import id.kasir.application.ops.ResolveOpsException;
import id.kasir.application.payment.ApplyGatewayStatus;
import id.kasir.application.payment.CancelPayment;
import id.kasir.application.payment.CreatePayment;
import id.kasir.application.payment.ExpireOverduePayments;
import id.kasir.application.payment.ReconcilePayment;
import id.kasir.application.payment.FindPayments;
import id.kasir.application.payment.PaymentStatusListener;
import id.kasir.application.payment.PaymentWriter;
import id.kasir.application.payment.RefreshPayment;
import id.kasir.application.port.RandomIdGenerator;
import id.kasir.domain.gateway.PaymentGateway;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The application's use cases wired over in-memory fakes: the one place unit tests (here and in the
 * web and adapter modules, through this module's test-jar) get a working Kasir without Spring or a
 * database.
 */
public final class TestKasir {

    public final MutableClock clock = MutableClock.at("2026-11-21T03:00:00Z");
    public final InMemoryPayments payments = new InMemoryPayments();
    public final InMemoryGatewayNotifications notifications = new InMemoryGatewayNotifications();
    public final InMemoryOpsExceptions opsExceptions = new InMemoryOpsExceptions();
    public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    public final InMemoryRefunds refunds = new InMemoryRefunds();
    public final DirectTransactionRunner transactions = new DirectTransactionRunner(payments);
    public final RandomIdGenerator ids = new RandomIdGenerator(clock);
    public final List<String> statusChanges = new CopyOnWriteArrayList<>();
    public final GatewayRegistry gateways;
    public final PaymentWriter writer;
    public final CreatePayment createPayment;
    public final FindPayments findPayments;
    public final ApplyGatewayStatus applyGatewayStatus;
    public final RefreshPayment refreshPayment;
    public final ReconcilePayment reconcilePayment;
    public final ExpireOverduePayments expireOverduePayments;
    public final CancelPayment cancelPayment;
    public final ReceiveGatewayNotification receiveNotification;
    public final InMemoryNotificationMessageIds messageIds = new InMemoryNotificationMessageIds();
    public final GuardAgainstReplays guardAgainstReplays;
    public final ResolveOpsException resolveOpsException;
    public final AssignOpsException assignOpsException;
    public final DecideMoneyException decideMoneyException;
    public final RecordRefundDone recordRefundDone;

    public TestKasir(PaymentGateway... gatewayAdapters) {
        PaymentStatusListener recorder = (payment, from, to, version) -> statusChanges.add(payment.orderId() + ":" + from + "->" + to);
        gateways = new GatewayRegistry(List.of(gatewayAdapters), List.of());
        writer = new PaymentWriter(payments, List.of(recorder));
        createPayment = new CreatePayment(gateways, payments, writer, transactions, ids, clock);
        findPayments = new FindPayments(payments);
        applyGatewayStatus = new ApplyGatewayStatus(payments, writer, opsExceptions, transactions, clock);
        refreshPayment = new RefreshPayment(gateways, payments, writer, applyGatewayStatus, transactions, clock);
        reconcilePayment = new ReconcilePayment(payments, writer, refreshPayment, transactions, clock);
        expireOverduePayments = new ExpireOverduePayments(payments, reconcilePayment, clock);
        cancelPayment = new CancelPayment(payments, writer, audit, transactions, clock);
        receiveNotification = new ReceiveGatewayNotification(notifications, payments, applyGatewayStatus,
                refreshPayment, opsExceptions, transactions, ids, clock);
        guardAgainstReplays = new GuardAgainstReplays(messageIds, notifications, clock);
        resolveOpsException = new ResolveOpsException(opsExceptions, audit, transactions, clock);
        assignOpsException = new AssignOpsException(opsExceptions, audit, transactions, clock);
        decideMoneyException = new DecideMoneyException(opsExceptions, payments, writer, refunds, audit, transactions,
                clock);
        recordRefundDone = new RecordRefundDone(refunds, opsExceptions, payments, writer, audit, transactions, clock);
    }
}
