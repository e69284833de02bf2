package id.kasir.adapters.persistence.merchant;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.application.merchant.MerchantNotification;
import id.kasir.application.merchant.MerchantNotificationOutbox;
import id.kasir.application.port.TransactionRunner;
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

    @Test
    void nodesClaimingAtTheSameMomentNeverShareARow() throws Exception {
        for (int i = 0; i < 40; i++) {
            add("e-" + i, 0);
        }
        int nodes = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<List<MerchantNotification>>> claims = new ArrayList<>();
            for (int n = 0; n < nodes; n++) {
                String token = "node-" + n;
                Callable<List<MerchantNotification>> claim = () -> {
                    start.await();
                    return outbox.claimDue(token, T0, T0.plusSeconds(300), 25);
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            Set<Long> seen = new HashSet<>();
            int total = 0;
            for (Future<List<MerchantNotification>> claim : claims) {
                for (MerchantNotification row : claim.get()) {
                    total++;
                    assertThat(seen.add(row.id())).as("row %s claimed twice", row.id()).isTrue();
                }
            }
            assertThat(total).isLessThanOrEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
    }
}
