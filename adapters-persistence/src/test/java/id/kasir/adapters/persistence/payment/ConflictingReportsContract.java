package id.kasir.adapters.persistence.payment;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static id.kasir.adapters.persistence.testing.PaymentFixture.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.adapters.persistence.testing.PersistenceContract;
import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.StaleAggregateException;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEvent;
import id.kasir.domain.payment.PaymentEventType;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.Payments;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two gateway reports about one payment at the same moment (a webhook says PAID, a query says
 * FAILED), each applied by the re-read-and-re-judge loop the application uses. Whatever the
 * interleaving, the database must end where the status machine says and lose no update.
 */
public abstract class ConflictingReportsContract extends PersistenceContract {

    private static final int MAX_ATTEMPTS = 50;

    @Autowired
    Payments payments;

    @Autowired
    TransactionRunner transactions;

    private static final AtomicInteger ROUNDS = new AtomicInteger();
    private static final AtomicInteger STALE_RETRIES = new AtomicInteger();
    private static final AtomicInteger FAILED_THEN_PAID = new AtomicInteger();

    private ExecutorService threads;

    /** Shows in the build log whether the threads really collided, which no assertion can demand. */
    @AfterAll
    static void reportCollisions(TestInfo test) {
        System.out.println(test.getTestClass().map(Class::getSimpleName).orElse("") + ": " + ROUNDS.getAndSet(0)
                + " rounds, " + STALE_RETRIES.getAndSet(0) + " stale updates re-judged, "
                + FAILED_THEN_PAID.getAndSet(0) + " ended FAILED -> PAID");
    }

    @BeforeEach
    void startThreads() {
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @RepeatedTest(20)
    void paidWinsAndEveryRealChangeIsOnTheTimelineOnce() throws Exception {
        Payment payment = aPayment().opened("GW-1");
        payments.add(payment);
        CountDownLatch start = new CountDownLatch(1);
        Future<Integer> paid = threads.submit(() -> applyWhenStarted(start, payment.id(), PaymentStatus.PAID));
        Future<Integer> failed = threads.submit(() -> applyWhenStarted(start, payment.id(), PaymentStatus.FAILED));
        start.countDown();

        int updates = paid.get(30, TimeUnit.SECONDS) + failed.get(30, TimeUnit.SECONDS);

        Payment stored = payments.byId(payment.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(stored.version()).isEqualTo(updates);
        List<PaymentEvent> changes = payments.timeline(payment.id()).stream()
                .filter(e -> e.type() == PaymentEventType.STATUS_CHANGED).toList();
        assertThat(changes.get(0)).extracting(PaymentEvent::from, PaymentEvent::to)
                .containsExactly(PaymentStatus.PENDING, PaymentStatus.OPEN);
        for (int i = 1; i < changes.size(); i++) {
            assertThat(changes.get(i).from()).as("event %d starts where event %d ended", i, i - 1)
                    .isEqualTo(changes.get(i - 1).to());
        }
        assertThat(changes).hasSize(1 + updates);
        assertThat(changes.get(changes.size() - 1).to()).isEqualTo(PaymentStatus.PAID);
        // FAILED then PAID is the only way two updates happen; PAID then FAILED is refused.
        ROUNDS.incrementAndGet();
        if (updates == 2) {
            FAILED_THEN_PAID.incrementAndGet();
        }
        assertThat(changes.stream().map(PaymentEvent::to).toList()).isIn(
                List.of(PaymentStatus.OPEN, PaymentStatus.PAID),
                List.of(PaymentStatus.OPEN, PaymentStatus.FAILED, PaymentStatus.PAID));
    }

    /** Returns 1 if this report changed the payment, 0 if the status machine refused it. */
    private int applyWhenStarted(CountDownLatch start, PaymentId id, PaymentStatus reported)
            throws InterruptedException {
        start.await();
        GatewayReport report = GatewayReport.of(reported, null, GatewayReport.Source.NOTIFICATION);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                return transactions.inTransaction(() -> {
                    Payment payment = payments.byId(id).orElseThrow();
                    if (!payment.apply(report, Actor.gateway("cashin"), T0.plusSeconds(30)).changedStatus()) {
                        return 0;
                    }
                    payments.update(payment);
                    return 1;
                });
            } catch (StaleAggregateException someoneElseWasFirst) {
                STALE_RETRIES.incrementAndGet(); // re-read and re-judge in a new transaction
            }
        }
        throw new AssertionError("Report " + reported + " was never judged in " + MAX_ATTEMPTS + " attempts");
    }
}
