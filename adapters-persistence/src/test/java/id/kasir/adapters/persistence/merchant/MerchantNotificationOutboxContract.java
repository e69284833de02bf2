package id.kasir.adapters.persistence.merchant;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.application.merchant.DeliverMerchantNotifications;
import id.kasir.application.merchant.MerchantNotification;
import id.kasir.application.merchant.MerchantNotificationSender;
import id.kasir.application.merchant.MerchantNotificationOutbox;
import id.kasir.application.port.TransactionRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the {@link MerchantNotificationOutbox} must do; run against H2 and MySQL by the subclasses. */
abstract class MerchantNotificationOutboxContract extends MerchantTablesContract {

    @Autowired
    MerchantNotificationOutbox outbox;
    @Autowired
    TransactionRunner transactions;

    private void add(String eventId, int secondsAfterT0) {
        outbox.add(new MerchantNotificationOutbox.NewNotification(eventId, "payment.paid", "pay-1",
                "{\"id\":\"" + eventId + "\",\"text\":\"Kopi ☕ 15.000\"}", T0.plusSeconds(secondsAfterT0)));
    }

    @Test
    void storesARowDueAtOnceWithItsPayloadIntact() {
        add("e-1", 0);

        MerchantNotification row = outbox.recent(null, null, 10).get(0);
        assertThat(row.eventId()).isEqualTo("e-1");
        assertThat(row.payload()).isEqualTo("{\"id\":\"e-1\",\"text\":\"Kopi ☕ 15.000\"}");
        assertThat(row.status()).isEqualTo(MerchantNotification.Status.DUE);
        assertThat(row.attempts()).isZero();
        assertThat(row.nextAttemptAt()).isEqualTo(T0);
        assertThat(row.createdAt()).isEqualTo(T0);
        assertThat(outbox.bySubject("pay-1")).containsExactly(row);
    }

    @Test
    void aRowAddedInATransactionThatRollsBackIsNotStored() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            add("e-rolled-back", 0);
            throw new IllegalStateException("the status change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outbox.recent(null, null, 10)).isEmpty();
    }

    @Test
    void claimsDueRowsOldestFirstAndNotBeforeTheirTime() {
        add("e-late", 60);
        add("e-early", 0);

        List<MerchantNotification> claimed = outbox.claimDue("node-a", T0.plusSeconds(30), T0.plusSeconds(330), 10);

        assertThat(claimed).extracting(MerchantNotification::eventId).containsExactly("e-early");
        assertThat(outbox.claimDue("node-b", T0.plusSeconds(30), T0.plusSeconds(330), 10)).as("already claimed")
                .isEmpty();
        assertThat(outbox.claimDue("node-b", T0.plusSeconds(61), T0.plusSeconds(361), 10))
                .extracting(MerchantNotification::eventId).containsExactly("e-late");
    }

    @Test
    void recordsOutcomesOnlyForTheClaimHolder() {
        add("e-1", 0);
        long id = outbox.claimDue("node-a", T0, T0.plusSeconds(300), 10).get(0).id();

        outbox.markDelivered(id, "node-b", 1, T0.plusSeconds(1));
        assertThat(outbox.byId(id).orElseThrow().status()).isEqualTo(MerchantNotification.Status.DUE);

        outbox.markRetry(id, "node-a", 1, T0.plusSeconds(10), "HTTP 500");
        MerchantNotification retrying = outbox.byId(id).orElseThrow();
        assertThat(retrying.attempts()).isEqualTo(1);
        assertThat(retrying.nextAttemptAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(retrying.lastError()).isEqualTo("HTTP 500");
        assertThat(outbox.claimDue("node-b", T0.plusSeconds(9), T0.plusSeconds(300), 10)).isEmpty();

        String token = "node-b";
        assertThat(outbox.claimDue(token, T0.plusSeconds(10), T0.plusSeconds(310), 10)).hasSize(1);
        outbox.markDelivered(id, token, 2, T0.plusSeconds(11));
        MerchantNotification delivered = outbox.byId(id).orElseThrow();
        assertThat(delivered.status()).isEqualTo(MerchantNotification.Status.DELIVERED);
        assertThat(delivered.deliveredAt()).isEqualTo(T0.plusSeconds(11));
        assertThat(outbox.claimDue("node-c", T0.plusSeconds(3600), T0.plusSeconds(3900), 10)).isEmpty();
    }

    @Test
    void aClaimThatRanOutCanBeTakenOver() {
        add("e-1", 0);
        outbox.claimDue("dead-node", T0, T0.plusSeconds(300), 10);

        assertThat(outbox.claimDue("node-b", T0.plusSeconds(299), T0.plusSeconds(599), 10)).isEmpty();
        assertThat(outbox.claimDue("node-b", T0.plusSeconds(301), T0.plusSeconds(601), 10)).hasSize(1);
    }

    @Test
    void aDeadRowIsSentAgainOnlyWhenResent() {
        add("e-1", 0);
        long id = outbox.claimDue("node-a", T0, T0.plusSeconds(300), 10).get(0).id();
        outbox.markDead(id, "node-a", 12, "x".repeat(600));

        MerchantNotification dead = outbox.byId(id).orElseThrow();
        assertThat(dead.status()).isEqualTo(MerchantNotification.Status.DEAD);
        assertThat(dead.lastError()).hasSize(512);
        assertThat(outbox.recent(MerchantNotification.Status.DEAD, null, 10)).extracting(MerchantNotification::id)
                .containsExactly(id);
        assertThat(outbox.claimDue("node-a", T0.plusSeconds(86400), T0.plusSeconds(90000), 10)).isEmpty();

        assertThat(outbox.resend(id, T0.plusSeconds(100))).isTrue();
        assertThat(outbox.resend(id, T0.plusSeconds(100))).as("already due").isFalse();
        assertThat(outbox.resend(999_999, T0)).isFalse();
        assertThat(outbox.claimDue("node-a", T0.plusSeconds(100), T0.plusSeconds(400), 10)).singleElement()
                .satisfies(row -> assertThat(row.attempts()).isZero());
    }

    @Test
    void knowsWhenANewerRowAboutTheSameSubjectWasDeliveredAndMarksTheOlderSuperseded() {
        add("e-open", 0);
        add("e-paid", 1);
        outbox.add(new MerchantNotificationOutbox.NewNotification("e-other", "payment.paid", "pay-2", "{}",
                T0.plusSeconds(2)));
        List<MerchantNotification> claimed = outbox.claimDue("node-a", T0.plusSeconds(5), T0.plusSeconds(300), 10);
        long open = claimed.get(0).id();
        long paid = claimed.get(1).id();
        long other = claimed.get(2).id();
        outbox.markRetry(open, "node-a", 1, T0.plusSeconds(15), "HTTP 500");
        outbox.markDelivered(other, "node-a", 1, T0.plusSeconds(5));

        assertThat(outbox.newerDelivered("pay-1", open)).as("paid is not delivered yet").isFalse();
        outbox.markDelivered(paid, "node-a", 1, T0.plusSeconds(5));
        assertThat(outbox.newerDelivered("pay-1", open)).isTrue();
        assertThat(outbox.newerDelivered("pay-1", paid)).as("nothing newer than paid").isFalse();

        long again = outbox.claimDue("node-b", T0.plusSeconds(15), T0.plusSeconds(300), 10).get(0).id();
        outbox.markSuperseded(again, "node-a", "not the holder");
        assertThat(outbox.byId(open).orElseThrow().status()).isEqualTo(MerchantNotification.Status.DUE);
        outbox.markSuperseded(again, "node-b", "not sent: newer delivered");
        assertThat(outbox.byId(open).orElseThrow()).satisfies(row -> {
            assertThat(row.status()).isEqualTo(MerchantNotification.Status.SUPERSEDED);
            assertThat(row.lastError()).isEqualTo("not sent: newer delivered");
            assertThat(row.attempts()).isEqualTo(1);
        });
        assertThat(outbox.claimDue("node-b", T0.plusSeconds(999), T0.plusSeconds(1300), 10)).isEmpty();
        assertThat(outbox.resend(open, T0.plusSeconds(1000))).as("a person may still re-send it").isTrue();
    }

    @Test
    void pagesNewestFirst() {
        for (int i = 0; i < 5; i++) {
            add("e-" + i, i);
        }
        List<MerchantNotification> first = outbox.recent(null, null, 2);
        List<MerchantNotification> next = outbox.recent(null, first.get(1).id(), 2);

        assertThat(first).extracting(MerchantNotification::eventId).containsExactly("e-4", "e-3");
        assertThat(next).extracting(MerchantNotification::eventId).containsExactly("e-2", "e-1");
        assertThat(outbox.recent(MerchantNotification.Status.DELIVERED, null, 10)).isEmpty();
    }

    /** Latch-started claimers: disjoint rows, and none comes back empty-handed (SKIP LOCKED, not "wait then re-check"). */
    @Test
    void nodesClaimingAtTheSameMomentGetDisjointFullBatches() throws Exception {
        for (int i = 0; i < 40; i++) {
            add("e-" + i, 0);
        }
        int nodes = 2;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<List<MerchantNotification>>> claims = new ArrayList<>();
            for (int n = 0; n < nodes; n++) {
                String token = "node-" + n;
                Callable<List<MerchantNotification>> claim = () -> {
                    start.await();
                    return outbox.claimDue(token, T0, T0.plusSeconds(20), 20);
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            Set<Long> seen = new HashSet<>();
            for (Future<List<MerchantNotification>> claim : claims) {
                List<MerchantNotification> rows = claim.get();
                assertThat(rows).as("a full batch for each node").hasSize(20);
                for (MerchantNotification row : rows) {
                    assertThat(seen.add(row.id())).as("row %s claimed twice", row.id()).isTrue();
                }
            }
            assertThat(seen).hasSize(40);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * While one node's claim transaction still holds its rows locked, another node's claim passes over
     * them and takes the next ones at once; before SKIP LOCKED it waited on the locks (until the lock
     * wait time-out) and then came back empty.
     */
    @Test
    void aClaimPassesOverRowsAnotherClaimIsStillTaking() throws Exception {
        for (int i = 0; i < 4; i++) {
            add("e-" + i, i);
        }
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        try {
            List<List<MerchantNotification>> both = transactions.inTransaction(() -> {
                List<MerchantNotification> first = outbox.claimDue("node-a", T0.plusSeconds(5), T0.plusSeconds(25), 2);
                try {
                    // node-a's transaction is still open here: its two rows are locked, not yet committed.
                    return List.of(first, otherNode.submit(
                            () -> outbox.claimDue("node-b", T0.plusSeconds(5), T0.plusSeconds(25), 2)).get());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(both.get(0)).extracting(MerchantNotification::eventId).containsExactly("e-0", "e-1");
            assertThat(both.get(1)).extracting(MerchantNotification::eventId).containsExactly("e-2", "e-3");
        } finally {
            otherNode.shutdownNow();
        }
    }

    @Test
    void onlyTheClaimHolderRenewsItsClaimAndOnlyWhileTheRowIsDue() {
        add("e-1", 0);
        long id = outbox.claimDue("node-a", T0, T0.plusSeconds(20), 10).get(0).id();

        assertThat(outbox.renewClaim(id, "node-b", T0.plusSeconds(60))).isFalse();
        assertThat(outbox.renewClaim(id, "node-a", T0.plusSeconds(40))).isTrue();
        assertThat(outbox.claimDue("node-b", T0.plusSeconds(39), T0.plusSeconds(59), 10)).as("renewed").isEmpty();
        assertThat(outbox.claimDue("node-b", T0.plusSeconds(41), T0.plusSeconds(61), 10)).hasSize(1);
        assertThat(outbox.renewClaim(id, "node-a", T0.plusSeconds(80))).as("taken over by node-b").isFalse();
        outbox.markDelivered(id, "node-b", 1, T0.plusSeconds(42));
        assertThat(outbox.renewClaim(id, "node-b", T0.plusSeconds(80))).as("settled").isFalse();
    }

    /** Thrown by a sender to stand for its JVM dying mid-send: no outcome is recorded, the claim stays. */
    private static final class NodeDied extends Error {
    }

    /**
     * Kasir killed mid-delivery: the row is re-delivered by another node one claim duration (20 s with
     * the defaults) after the dead node's claim, not after a 5-minute batch claim, and with the same event id.
     */
    @Test
    void aRowWhoseNodeDiedMidSendIsSentAgainByAnotherNodeOneClaimDurationLaterWithTheSameEventId() {
        add("e-killed", 0);
        DeliverMerchantNotifications.Settings settings = DeliverMerchantNotifications.Settings.DEFAULT;
        List<String> sentByDeadNode = new ArrayList<>();
        DeliverMerchantNotifications dying = new DeliverMerchantNotifications(outbox, row -> {
            sentByDeadNode.add(row.eventId());
            throw new NodeDied();
        }, at(T0), settings);
        List<String> sentBySurvivor = new ArrayList<>();
        MerchantNotificationSender survivor = row -> {
            sentBySurvivor.add(row.eventId());
            return new MerchantNotificationSender.Outcome.Delivered();
        };

        assertThatThrownBy(dying::deliverAllDue).isInstanceOf(NodeDied.class);
        Instant claimRunsOut = T0.plus(settings.claimDuration());
        assertThat(new DeliverMerchantNotifications(outbox, survivor, at(claimRunsOut), settings).deliverAllDue()
                .attempted()).as("the dead node's claim still runs").isZero();
        assertThat(new DeliverMerchantNotifications(outbox, survivor, at(claimRunsOut.plusMillis(1)), settings)
                .deliverAllDue().delivered()).isEqualTo(1);

        assertThat(settings.claimDuration()).as("the bound, not a 5-minute batch claim")
                .isLessThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(sentByDeadNode).containsExactly("e-killed");
        assertThat(sentBySurvivor).containsExactly("e-killed");
        assertThat(outbox.recent(null, null, 10)).singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo(MerchantNotification.Status.DELIVERED));
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
