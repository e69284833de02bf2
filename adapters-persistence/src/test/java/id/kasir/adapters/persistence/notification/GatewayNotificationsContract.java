package id.kasir.adapters.persistence.notification;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.adapters.persistence.testing.PersistenceContract;
import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.notification.InboundNotification;
import id.kasir.domain.notification.NotificationClaim;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.NotificationSearch;
import id.kasir.domain.notification.StoredNotification;
import id.kasir.domain.notification.Verification;
import id.kasir.domain.payment.PaymentId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What any {@link GatewayNotifications} inbox must do; run against H2 and MySQL by the subclasses. */
public abstract class GatewayNotificationsContract extends PersistenceContract {

    @Autowired
    GatewayNotifications inbox;

    @Autowired
    TransactionRunner transactions;

    @Test
    void storesTheFirstArrivalAndKeepsEveryDuplicateToo() {
        InboundNotification first = notification("cashin", "EXT-1");

        StoredNotification stored = inbox.store(first);
        StoredNotification again = inbox.store(first);

        assertThat(stored.duplicate()).isFalse();
        assertThat(stored.outcome()).isEqualTo(NotificationOutcome.RECEIVED);
        assertThat(again.duplicate()).isTrue();
        assertThat(again.outcome()).isEqualTo(NotificationOutcome.DUPLICATE);
        assertThat(again.id()).isNotEqualTo(stored.id());
        assertThat(inbox.byId(stored.id())).contains(stored);
        assertThat(inbox.byId(again.id())).contains(again);
        assertThat(inbox.byId(stored.id()).orElseThrow().notification()).isEqualTo(first);
    }

    @Test
    void theSameKeyFromAnotherGatewayIsNotADuplicate() {
        inbox.store(notification("cashin", "ORDER-1:PAID"));

        assertThat(inbox.store(notification("payin", "ORDER-1:PAID")).duplicate()).isFalse();
    }

    @Test
    void ofTwoSimultaneousArrivalsOfOneNotificationExactlyOneIsTheFirst() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                InboundNotification notification = notification("cashi", "RACE-" + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<StoredNotification>> arrivals = List.of(
                        threads.submit(() -> arriveAfter(start, notification)),
                        threads.submit(() -> arriveAfter(start, notification)));
                start.countDown();

                List<StoredNotification> stored = List.of(arrivals.get(0).get(30, TimeUnit.SECONDS),
                        arrivals.get(1).get(30, TimeUnit.SECONDS));

                assertThat(stored).filteredOn(n -> !n.duplicate()).hasSize(1);
                assertThat(stored).filteredOn(StoredNotification::duplicate).hasSize(1);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM gateway_notifications", Long.class)).isEqualTo(20);
    }

    @Test
    void recordsWhatBecameOfANotification() {
        StoredNotification stored = inbox.store(notification("cashin", "EXT-1"));

        inbox.markOutcome(stored.id(), NotificationOutcome.APPLIED, new PaymentId("pay-1"), "OPEN -> PAID");

        StoredNotification marked = inbox.byId(stored.id()).orElseThrow();
        assertThat(marked.outcome()).isEqualTo(NotificationOutcome.APPLIED);
        assertThat(marked.paymentId()).isEqualTo(new PaymentId("pay-1"));
        assertThat(marked.detail()).isEqualTo("OPEN -> PAID");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM gateway_notifications WHERE processed_at IS NOT NULL",
                Long.class)).isEqualTo(1);
        assertThatThrownBy(() -> inbox.markOutcome(stored.id() + 1000, NotificationOutcome.APPLIED, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsNotificationsByGatewayOutcomeAndPaymentNewestFirst() {
        long a = inbox.store(notification("cashin", "A")).id();
        long b = inbox.store(notification("cashi", "B")).id();
        long c = inbox.store(notification("cashin", "C")).id();
        long aAgain = inbox.store(notification("cashin", "A")).id();
        inbox.markOutcome(c, NotificationOutcome.APPLIED, new PaymentId("pay-c"), null);

        assertThat(ids(new NotificationSearch(null, null, null, null, 10))).containsExactly(aAgain, c, b, a);
        assertThat(ids(new NotificationSearch(GatewayId.of("cashin"), null, null, null, 10)))
                .containsExactly(aAgain, c, a);
        assertThat(ids(new NotificationSearch(null, NotificationOutcome.DUPLICATE, null, null, 10)))
                .containsExactly(aAgain);
        assertThat(ids(new NotificationSearch(null, null, new PaymentId("pay-c"), null, 10))).containsExactly(c);
        assertThat(ids(new NotificationSearch(null, null, null, null, 2))).containsExactly(aAgain, c);
        assertThat(ids(new NotificationSearch(null, null, null, c, 2))).containsExactly(b, a);
    }

    @Test
    void theFirstArrivalIsStoredHoldingItsClaimAndADuplicateHoldsNone() {
        StoredNotification first = inbox.storeClaimed(notification("cashi", "CLAIM-1"), T0.plusSeconds(120));
        StoredNotification again = inbox.storeClaimed(notification("cashi", "CLAIM-1"), T0.plusSeconds(120));

        assertThat(inbox.byId(first.id()).orElseThrow().claimedUntil()).isEqualTo(T0.plusSeconds(120));
        assertThat(inbox.byId(again.id()).orElseThrow().claimedUntil()).isNull();
        assertThat(inbox.takeOver(first.id(), T0.plusSeconds(60), T0.plusSeconds(180)))
                .as("not while the claim holds").isEmpty();
        assertThat(abandonedIds(T0.plusSeconds(60))).doesNotContain(first.id());
        assertThat(abandonedIds(T0.plusSeconds(121))).contains(first.id()).doesNotContain(again.id());
    }

    @Test
    void ofTenTakingOverOneLapsedClaimAtOnceExactlyOneWinsAndOnlyItCanRecordTheOutcome() throws Exception {
        StoredNotification first = transactions.inTransaction(
                () -> inbox.storeClaimed(notification("payin", "CLAIM-2"), T0.plusSeconds(120)));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<java.util.Optional<NotificationClaim>>> tries = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tries.add(pool.submit(() -> {
                start.await();
                return transactions.inTransaction(() -> inbox.takeOver(first.id(), T0.plusSeconds(121),
                        T0.plusSeconds(241)));
            }));
        }
        start.countDown();
        List<NotificationClaim> won = new java.util.ArrayList<>();
        for (var t : tries) {
            t.get(30, TimeUnit.SECONDS).ifPresent(won::add);
        }
        pool.shutdown();

        assertThat(won).singleElement().satisfies(claim -> assertThat(claim.number()).isEqualTo(2));
        NotificationClaim lapsed = new NotificationClaim(first.id(), 1, T0.plusSeconds(120));
        assertThat(inbox.finish(lapsed, NotificationOutcome.UNCHANGED, null, "slow")).as("fenced").isFalse();
        assertThat(inbox.finish(won.get(0), NotificationOutcome.APPLIED, new PaymentId("pay-2"), "OPEN -> PAID")).isTrue();
        StoredNotification finished = inbox.byId(first.id()).orElseThrow();
        assertThat(finished.outcome()).isEqualTo(NotificationOutcome.APPLIED);
        assertThat(finished.claimedUntil()).isNull();
        assertThat(inbox.takeOver(first.id(), T0.plusSeconds(999), T0.plusSeconds(1111))).as("finished").isEmpty();
    }

    @Test
    void aReleasedClaimMayBeTakenOverAtOnce() {
        StoredNotification first = inbox.storeClaimed(notification("cashin", "CLAIM-3"), T0.plusSeconds(120));
        inbox.release(new NotificationClaim(first.id(), 1, T0.plusSeconds(120)), T0.plusSeconds(5));

        assertThat(inbox.takeOver(first.id(), T0.plusSeconds(5), T0.plusSeconds(125))).isPresent();
    }

    private List<Long> abandonedIds(java.time.Instant now) {
        return inbox.abandoned(now, 500).stream().map(StoredNotification::id).toList();
    }

    private StoredNotification arriveAfter(CountDownLatch start, InboundNotification notification)
            throws InterruptedException {
        start.await();
        return transactions.inTransaction(() -> inbox.store(notification));
    }

    private List<Long> ids(NotificationSearch search) {
        return inbox.search(search).stream().map(StoredNotification::id).toList();
    }

    private static InboundNotification notification(String gateway, String dedupKey) {
        return new InboundNotification(GatewayId.of(gateway), dedupKey, "REF-" + dedupKey, Verification.VERIFIED,
                "Content-Type: application/json\nX-SIGNATURE: ***", "{\"status\":\"PAID\",\"ref\":\"" + dedupKey + "\"}",
                "203.0.113.7", T0);
    }
}
