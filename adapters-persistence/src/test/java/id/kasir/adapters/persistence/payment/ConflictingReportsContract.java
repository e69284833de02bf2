package id.kasir.adapters.persistence.payment;

import id.kasir.application.payment.ApplyGatewayStatus;
import id.kasir.application.payment.PaymentWriter;
import id.kasir.domain.common.Page;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.domain.payment.PaymentSearch;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
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
 * FAILED), each applied through {@link ApplyGatewayStatus}, which re-reads and re-judges on a stale update. Whatever the
 * interleaving, the database must end where the status machine says and lose no update.
 */
public abstract class ConflictingReportsContract extends PersistenceContract {

        @Autowired
    Payments payments;

    @Autowired
    TransactionRunner transactions;

    @Autowired
    OpsExceptions opsExceptions;

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

    /**
     * Applies the report through the application's own use case — the one path every webhook, query
     * and ops re-query takes — over the real repositories. Returns 1 if it changed the payment.
     */
    private int applyWhenStarted(CountDownLatch start, PaymentId id, PaymentStatus reported)
            throws InterruptedException {
        start.await();
        GatewayReport report = GatewayReport.of(reported,
                reported == PaymentStatus.PAID ? payments.byId(id).orElseThrow().amountToPay() : null,
                GatewayReport.Source.NOTIFICATION);
        Payments counting = new StaleCountingPayments(payments);
        ApplyGatewayStatus apply = new ApplyGatewayStatus(counting, new PaymentWriter(counting, List.of()),
                opsExceptions, transactions, Clock.fixed(T0.plusSeconds(30), ZoneOffset.UTC));
        return apply.apply(id, report, Actor.gateway("cashin")).changedStatus() ? 1 : 0;
    }

    /** Counts the stale updates the use case re-read and re-judged, for the build log. */
    private static final class StaleCountingPayments implements Payments {
        private final Payments inner;

        StaleCountingPayments(Payments inner) {
            this.inner = inner;
        }

        @Override
        public void update(Payment payment) {
            try {
                inner.update(payment);
            } catch (StaleAggregateException e) {
                STALE_RETRIES.incrementAndGet();
                throw e;
            }
        }

        @Override public void add(Payment payment) { inner.add(payment); }
        @Override public Optional<Payment> byId(PaymentId id) { return inner.byId(id); }
        @Override public Optional<Payment> byOrderId(String orderId) { return inner.byOrderId(orderId); }
        @Override public Optional<Payment> byAnyReference(GatewayId gateway, String reference) { return inner.byAnyReference(gateway, reference); }
        @Override public List<PaymentEvent> timeline(PaymentId id) { return inner.timeline(id); }
        @Override public Page<Payment> search(PaymentSearch search) { return inner.search(search); }
        @Override public List<id.kasir.domain.payment.PaymentTotal> totals(PaymentSearch search) { return inner.totals(search); }
        @Override public java.util.Map<PaymentId, String> orderIds(java.util.Collection<PaymentId> ids) { return inner.orderIds(ids); }
        @Override public List<Payment> find(id.kasir.domain.payment.PaymentLookup lookup, int limit) { return inner.find(lookup, limit); }
        @Override public List<Payment> overdue(Instant now, int limit) { return inner.overdue(now, limit); }
        @Override public List<Payment> inFlight(Instant createdBefore, String afterId, int limit) { return inner.inFlight(createdBefore, afterId, limit); }
    }
}
