package id.kasir.application.notification;

import static id.kasir.domain.fixtures.PaymentFixtures.aPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.InMemoryGatewayNotifications;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.notification.InboundNotification;
import id.kasir.domain.notification.NotificationClaim;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.NotificationSearch;
import id.kasir.domain.notification.StoredNotification;
import id.kasir.domain.notification.Verification;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEventType;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Who acts on a gateway notification when copies arrive at once, or when the node acting on it dies
 * (issue 17): decided by the inbox's claims, never by timing. Fakes; the same guarantees over real HTTP
 * on MariaDB and H2 are in the app module's {@code NotificationInboxUnderConcurrency*IT}.
 */
class NotificationClaimsTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final GatewayReport PAID = GatewayReport.of(PaymentStatus.PAID, Money.idr(15000),
            GatewayReport.Source.NOTIFICATION);

    private final FakePaymentGateway gateway = new FakePaymentGateway("cashi");
    private final TestKasir kasir = new TestKasir(gateway);
    private final Payment payment = aPayment().withGateway("cashi").withStatus(PaymentStatus.OPEN)
            .withReference("KREF0000000000000001").build();

    {
        kasir.payments.add(payment);
        gateway.queryAnswers(GatewayReport.of(PaymentStatus.PAID, Money.idr(15000), GatewayReport.Source.QUERY));
    }

    private ReceiveGatewayNotification receiverOver(GatewayNotifications inbox) {
        return new ReceiveGatewayNotification(inbox, kasir.payments, kasir.applyGatewayStatus, kasir.refreshPayment,
                kasir.opsExceptions, kasir.transactions, kasir.ids, kasir.clock, LEASE);
    }

    private InboundNotification notification(String dedupKey) {
        return new InboundNotification(GatewayId.of("cashi"), dedupKey, "KREF0000000000000001", Verification.VERIFIED,
                "X-Signature: ****", "{\"event\":\"PAYMENT_SETTLED\"}", "127.0.0.1", kasir.clock.instant());
    }

    private List<NotificationOutcome> outcomes() {
        return kasir.notifications.all().stream().map(StoredNotification::outcome).toList();
    }

    private long statusChangesOnTheTimeline() {
        return kasir.payments.timeline(payment.id()).stream()
                .filter(e -> e.type() == PaymentEventType.STATUS_CHANGED && e.from() != null).count();
    }

    @Test
    @Timeout(30) // a safety net only: nothing here waits on time
    void tenIdenticalNotificationsAtOnceAreActedOnOnceAndEveryCopyIsAcknowledged() throws Exception {
        // The first arrival's status query waits until all ten copies are stored, so every copy is in while
        // the first is still RECEIVED: the moment at which the old code let the copies act too.
        CountDownLatch allStored = new CountDownLatch(10);
        ReceiveGatewayNotification receiver = receiverOver(new CountingStores(kasir.notifications, allStored));
        gateway.onQuery(lookup -> {
            awaitUninterruptibly(allStored);
            return GatewayCallResult.accepted(GatewayReport.of(PaymentStatus.PAID, Money.idr(15000),
                    GatewayReport.Source.QUERY), new GatewayExchange("query", "{}", "{}", 200, null));
        });
        CountDownLatch startGate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<ReceiveGatewayNotification.Receipt>> copies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            copies.add(pool.submit(() -> {
                startGate.await();
                return receiver.receive(notification("SETTLED:ORDER-1"), null);
            }));
        }
        startGate.countDown();
        List<ReceiveGatewayNotification.Receipt> receipts = new ArrayList<>();
        for (var copy : copies) {
            receipts.add(copy.get());
        }
        pool.shutdown();

        assertThat(receipts).allSatisfy(r -> assertThat(r.acknowledged()).isTrue());
        assertThat(outcomes()).as("one APPLIED row, the others DUPLICATE")
                .containsOnlyOnce(NotificationOutcome.APPLIED)
                .filteredOn(o -> o != NotificationOutcome.APPLIED).hasSize(9)
                .allMatch(o -> o == NotificationOutcome.DUPLICATE);
        assertThat(gateway.queried).as("status queries").hasSize(1);
        assertThat(kasir.statusChanges).containsExactly(payment.orderId() + ":OPEN->PAID");
        assertThat(statusChangesOnTheTimeline()).isEqualTo(1);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void aCopyArrivingWhileTheFirstIsStillBeingActedOnIsADuplicateAndActsOnNothing() {
        // The first arrival is stored and holds its claim: it is still running somewhere.
        StoredNotification first = kasir.notifications.storeClaimed(notification("n-1"), kasir.clock.instant().plus(LEASE));

        for (int i = 0; i < 9; i++) {
            var copy = receiverOver(kasir.notifications).receive(notification("n-1"), PAID);
            assertThat(copy.outcome()).isEqualTo(NotificationOutcome.DUPLICATE);
            assertThat(copy.acknowledged()).isTrue();
        }

        assertThat(kasir.notifications.byId(first.id()).orElseThrow().outcome())
                .as("the first arrival's row is its own to finish").isEqualTo(NotificationOutcome.RECEIVED);
        assertThat(kasir.statusChanges).isEmpty();
        assertThat(gateway.queried).isEmpty();
    }

    @Test
    void killedBetweenStoringAndApplyingTheGatewaysRetryAppliesItOnceTheClaimLapsed() {
        // Stored with its claim, then the node died: nothing recorded the outcome.
        StoredNotification first = kasir.notifications.storeClaimed(notification("n-9"), kasir.clock.instant().plus(LEASE));
        ReceiveGatewayNotification receiver = receiverOver(kasir.notifications);
        assertThat(receiver.receive(notification("n-9"), PAID).outcome())
                .as("within the claim the first may still be running").isEqualTo(NotificationOutcome.DUPLICATE);

        kasir.clock.advance(LEASE.plusSeconds(1));
        var retry = receiver.receive(notification("n-9"), PAID);

        assertThat(retry.outcome()).isEqualTo(NotificationOutcome.APPLIED);
        assertThat(retry.notificationId()).as("recorded on the first arrival").isEqualTo(first.id());
        StoredNotification firstNow = kasir.notifications.byId(first.id()).orElseThrow();
        assertThat(firstNow.outcome()).isEqualTo(NotificationOutcome.APPLIED);
        assertThat(firstNow.detail()).contains("OPEN -> PAID").contains("acted on by notification 3")
                .contains("claim 2");
        assertThat(kasir.notifications.byId(3).orElseThrow()).satisfies(taker -> {
            assertThat(taker.outcome()).isEqualTo(NotificationOutcome.DUPLICATE);
            assertThat(taker.detail()).contains("took over notification " + first.id());
        });
        assertThat(kasir.notifications.claimsOn(first.id())).isEqualTo(2);
        assertThat(receiver.receive(notification("n-9"), PAID).outcome()).isEqualTo(NotificationOutcome.DUPLICATE);
        assertThat(kasir.statusChanges).hasSize(1);
        assertThat(statusChangesOnTheTimeline()).isEqualTo(1);
    }

    @Test
    void killedBetweenStoringAndApplyingTheInboxJanitorAppliesItAfterRestartByAskingTheGateway() {
        StoredNotification first = kasir.notifications.storeClaimed(notification("n-7"), kasir.clock.instant().plus(LEASE));
        var janitor = new ResumeAbandonedNotifications(kasir.notifications, receiverOver(kasir.notifications), kasir.clock);
        assertThat(janitor.run(10).found()).as("not abandoned while its claim holds").isZero();

        kasir.clock.advance(LEASE.plusSeconds(1));
        var pass = janitor.run(10);

        assertThat(pass.outcomes()).containsEntry(NotificationOutcome.APPLIED, 1);
        assertThat(gateway.queried).hasSize(1);
        StoredNotification firstNow = kasir.notifications.byId(first.id()).orElseThrow();
        assertThat(firstNow.outcome()).isEqualTo(NotificationOutcome.APPLIED);
        assertThat(firstNow.detail()).contains("inbox janitor").contains("claim 2");
        assertThat(janitor.run(10).found()).isZero();
        assertThat(receiverOver(kasir.notifications).receive(notification("n-7"), PAID).outcome())
                .isEqualTo(NotificationOutcome.DUPLICATE);
        assertThat(kasir.statusChanges).hasSize(1);
        assertThat(statusChangesOnTheTimeline()).isEqualTo(1);
    }

    @Test
    void theJanitorLeavesANotificationTheGatewayCannotConfirmForTheNextTry() {
        gateway.onQuery(lookup -> GatewayCallResult.unknown("time-out", GatewayExchange.none("query")));
        StoredNotification first = kasir.notifications.storeClaimed(notification("n-6"), kasir.clock.instant().plus(LEASE));
        var janitor = new ResumeAbandonedNotifications(kasir.notifications, receiverOver(kasir.notifications), kasir.clock);
        kasir.clock.advance(LEASE.plusSeconds(1));

        assertThat(janitor.run(10).outcomes()).isEmpty();
        assertThat(kasir.notifications.byId(first.id()).orElseThrow().outcome()).isEqualTo(NotificationOutcome.RECEIVED);

        // The gateway's retry, with its signed report, applies it once the janitor's claim lapsed too.
        kasir.clock.advance(LEASE.plusSeconds(1));
        assertThat(receiverOver(kasir.notifications).receive(notification("n-6"), PAID).outcome())
                .isEqualTo(NotificationOutcome.APPLIED);
        assertThat(kasir.statusChanges).hasSize(1);
    }

    @Test
    void aSlowAttemptWhoseClaimWasTakenOverCannotOverwriteTheOutcome() {
        Instant until = kasir.clock.instant().plus(LEASE);
        StoredNotification first = kasir.notifications.storeClaimed(notification("n-5"), until);
        kasir.clock.advance(LEASE.plusSeconds(1));
        receiverOver(kasir.notifications).receive(notification("n-5"), PAID);

        boolean slowOneRecorded = kasir.notifications.finish(new NotificationClaim(first.id(), 1, until),
                NotificationOutcome.UNCHANGED, payment.id(), "already PAID");

        assertThat(slowOneRecorded).isFalse();
        assertThat(kasir.notifications.byId(first.id()).orElseThrow().outcome()).isEqualTo(NotificationOutcome.APPLIED);
    }

    @Test
    void anAttemptThatFailsLetsGoOfItsClaimSoTheGatewaysRetryActsAtOnce() {
        AtomicBoolean failNextFinish = new AtomicBoolean(true);
        ReceiveGatewayNotification receiver = receiverOver(new FailingFinish(kasir.notifications, failNextFinish));
        assertThatThrownBy(() -> receiver.receive(notification("n-4"), PAID)).isInstanceOf(IllegalStateException.class);

        var retry = receiver.receive(notification("n-4"), PAID); // no clock moved: the claim was let go

        assertThat(retry.outcome()).as("the payment was changed by the failed attempt; the retry finds it so")
                .isEqualTo(NotificationOutcome.UNCHANGED);
        assertThat(kasir.notifications.byId(1).orElseThrow().outcome()).isEqualTo(NotificationOutcome.UNCHANGED);
        assertThat(kasir.statusChanges).hasSize(1);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The inbox, counting stored arrivals down on a latch. */
    private static final class CountingStores extends Delegating {
        private final CountDownLatch stored;

        CountingStores(InMemoryGatewayNotifications inbox, CountDownLatch stored) {
            super(inbox);
            this.stored = stored;
        }

        @Override
        public StoredNotification storeClaimed(InboundNotification notification, Instant claimUntil) {
            StoredNotification s = inbox.storeClaimed(notification, claimUntil);
            stored.countDown();
            return s;
        }

        @Override
        public StoredNotification store(InboundNotification notification) {
            StoredNotification s = inbox.store(notification);
            stored.countDown();
            return s;
        }
    }

    /** The inbox, failing to record an outcome once (the database gone for a moment). */
    private static final class FailingFinish extends Delegating {
        private final AtomicBoolean failNext;

        FailingFinish(InMemoryGatewayNotifications inbox, AtomicBoolean failNext) {
            super(inbox);
            this.failNext = failNext;
        }

        @Override
        public boolean finish(NotificationClaim claim, NotificationOutcome outcome, PaymentId paymentId, String detail) {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("database unavailable (test)");
            }
            return inbox.finish(claim, outcome, paymentId, detail);
        }

        @Override
        public void markOutcome(long id, NotificationOutcome outcome, PaymentId paymentId, String detail) {
            if (outcome != NotificationOutcome.DUPLICATE && failNext.getAndSet(false)) {
                throw new IllegalStateException("database unavailable (test)");
            }
            inbox.markOutcome(id, outcome, paymentId, detail);
        }
    }

    private abstract static class Delegating implements GatewayNotifications {
        final InMemoryGatewayNotifications inbox;

        Delegating(InMemoryGatewayNotifications inbox) {
            this.inbox = inbox;
        }

        @Override
        public StoredNotification store(InboundNotification notification) {
            return inbox.store(notification);
        }

        @Override
        public StoredNotification storeClaimed(InboundNotification notification, Instant claimUntil) {
            return inbox.storeClaimed(notification, claimUntil);
        }

        @Override
        public Optional<NotificationClaim> takeOver(long id, Instant now, Instant claimUntil) {
            return inbox.takeOver(id, now, claimUntil);
        }

        @Override
        public boolean finish(NotificationClaim claim, NotificationOutcome outcome, PaymentId paymentId, String detail) {
            return inbox.finish(claim, outcome, paymentId, detail);
        }

        @Override
        public void release(NotificationClaim claim, Instant now) {
            inbox.release(claim, now);
        }

        @Override
        public List<StoredNotification> abandoned(Instant now, int limit) {
            return inbox.abandoned(now, limit);
        }

        @Override
        public void markOutcome(long id, NotificationOutcome outcome, PaymentId paymentId, String detail) {
            inbox.markOutcome(id, outcome, paymentId, detail);
        }

        @Override
        public Optional<StoredNotification> byId(long id) {
            return inbox.byId(id);
        }

        @Override
        public Optional<StoredNotification> firstArrival(GatewayId gateway, String dedupKey) {
            return inbox.firstArrival(gateway, dedupKey);
        }

        @Override
        public List<StoredNotification> search(NotificationSearch search) {
            return inbox.search(search);
        }
    }
}
