package id.kasir.application.notification;

import static id.kasir.domain.fixtures.PaymentFixtures.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.payment.ApplyGatewayStatus;
import id.kasir.application.payment.PaymentWriter;
import id.kasir.application.port.TransactionRunner;
import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.notification.InboundNotification;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.Verification;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.Payments;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's ingestion benchmark: every transaction and every read is a round trip to the database, and a signed
 * notification used to take three transactions (store, apply, record the outcome) and read its payment twice. Now:
 * the store is one INSERT committed on its own, the change and the inbox row's outcome are one transaction, and the
 * payment read to match the notification is the one judged — a copy that went stale is read again.
 */
class NotificationRoundTripsTest {

    private final TestKasir kasir = new TestKasir(new FakePaymentGateway("payin"));
    private final Payment payment = aPayment().withGateway("payin").withStatus(PaymentStatus.OPEN)
            .withReference("KREF0000000000000007").build();
    private final AtomicInteger transactions = new AtomicInteger();
    private final AtomicInteger readsById = new AtomicInteger();
    private final AtomicInteger updates = new AtomicInteger();
    private Runnable beforeFirstUpdate = () -> { };

    private final TransactionRunner countingTransactions = new TransactionRunner() {
        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            transactions.incrementAndGet();
            return kasir.transactions.inTransaction(work);
        }
    };

    /** The in-memory payments, counting reads by id and able to let someone else write just before our update. */
    private final Payments countingPayments = (Payments) Proxy.newProxyInstance(Payments.class.getClassLoader(),
            new Class<?>[] {Payments.class}, (proxy, method, args) -> {
                if (method.getName().equals("byId")) {
                    readsById.incrementAndGet();
                }
                if (method.getName().equals("update") && updates.getAndIncrement() == 0) {
                    beforeFirstUpdate.run();
                }
                try {
                    return method.invoke(kasir.payments, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });

    private final List<String> statusChanges = new CopyOnWriteArrayList<>();
    private final PaymentWriter writer = new PaymentWriter(countingPayments,
            List.of((changed, from, to, version) -> statusChanges.add(from + "->" + to)));
    private final ReceiveGatewayNotification receive = new ReceiveGatewayNotification(kasir.notifications,
            countingPayments, new ApplyGatewayStatus(countingPayments, writer, kasir.opsExceptions,
                    countingTransactions, kasir.clock),
            kasir.refreshPayment, kasir.opsExceptions, countingTransactions, kasir.ids, kasir.clock);

    {
        kasir.payments.add(payment);
    }

    private InboundNotification signed(String dedupKey) {
        return new InboundNotification(GatewayId.of("payin"), dedupKey, "KREF0000000000000007", Verification.VERIFIED,
                "Sign: ****", "{\"orderStatus\":\"SUCCESS\"}", "127.0.0.1", kasir.clock.instant());
    }

    private static GatewayReport paid() {
        return GatewayReport.of(PaymentStatus.PAID, Money.idr(15000), GatewayReport.Source.NOTIFICATION);
    }

    @Test
    void aSignedReportIsStoredThenAppliedAndRecordedInOneTransactionWithoutReadingThePaymentAgain() {
        var receipt = receive.receive(signed("p-1"), paid());

        assertThat(receipt.outcome()).isEqualTo(NotificationOutcome.APPLIED);
        assertThat(transactions).hasValue(1);
        assertThat(readsById).hasValue(0);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(kasir.notifications.all()).singleElement().satisfies(n -> {
            assertThat(n.outcome()).isEqualTo(NotificationOutcome.APPLIED);
            assertThat(n.paymentId()).isEqualTo(payment.id());
        });
        assertThat(statusChanges).containsExactly("OPEN->PAID");
    }

    @Test
    void whenThePaymentChangedSinceItWasReadTheChangeAndItsRecordAreRetriedTogetherFromAFreshRead() {
        // Someone else writes the payment between our read and our update (another node, the expiry job...).
        beforeFirstUpdate = () -> kasir.payments.update(kasir.payments.byId(payment.id()).orElseThrow());

        var receipt = receive.receive(signed("p-2"), paid());

        assertThat(receipt.outcome()).isEqualTo(NotificationOutcome.APPLIED);
        assertThat(transactions).as("the stale attempt and the retry").hasValue(2);
        assertThat(readsById).as("the retry reads the payment again").hasValue(1);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(kasir.notifications.all()).singleElement()
                .satisfies(n -> assertThat(n.outcome()).isEqualTo(NotificationOutcome.APPLIED));
        assertThat(statusChanges).containsExactly("OPEN->PAID");
    }
}
