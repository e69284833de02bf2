package id.kasir.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.application.testing.TestMerchantKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class DeliverMerchantNotificationsTest {

    private final TestMerchantKasir kasir = new TestMerchantKasir();

    /** A receiver that answers from a script, then succeeds; records what it was sent. */
    private static final class ScriptedReceiver implements MerchantNotificationSender {
        final Queue<Outcome> script = new LinkedList<>();
        final List<String> received = new ArrayList<>();

        ScriptedReceiver failing(int times) {
            for (int i = 0; i < times; i++) {
                script.add(new Outcome.Failed("HTTP 500"));
            }
            return this;
        }

        @Override
        public synchronized Outcome send(MerchantNotification n) {
            received.add(n.eventId());
            Outcome next = script.poll();
            return next == null ? new Outcome.Delivered() : next;
        }
    }

    private void addRow(String eventId) {
        kasir.outbox.add(new MerchantNotificationOutbox.NewNotification(eventId, "payment.paid", "pay-1", "{}",
                kasir.clock.instant()));
    }

    @Test
    void backsOffTenSecondsThirtySecondsAMinuteFiveFifteenAnHourThenDoublingUpToTwelveHours() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 40).stream()
                .map(DeliverMerchantNotifications::backoffAfter).toList())
                .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1),
                        Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(2),
                        Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(12), Duration.ofHours(12),
                        Duration.ofHours(12));
    }

    @Test
    void retriesAfterEachBackOffAndDeliversOnceTheReceiverRecovers() {
        addRow("e-1");
        ScriptedReceiver receiver = new ScriptedReceiver().failing(2);
        DeliverMerchantNotifications delivery = kasir.delivery(receiver);

        assertThat(delivery.deliverDue().retrying()).isEqualTo(1);
        assertThat(delivery.deliverDue().attempted()).as("not due before its back-off").isZero();
        kasir.clock.advance(Duration.ofSeconds(10));
        assertThat(delivery.deliverDue().retrying()).isEqualTo(1);
        kasir.clock.advance(Duration.ofSeconds(29));
        assertThat(delivery.deliverDue().attempted()).isZero();
        kasir.clock.advance(Duration.ofSeconds(1));
        assertThat(delivery.deliverDue().delivered()).isEqualTo(1);
        kasir.clock.advance(Duration.ofHours(1));
        assertThat(delivery.deliverDue().attempted()).isZero();

        assertThat(receiver.received).containsExactly("e-1", "e-1", "e-1");
        MerchantNotification row = kasir.outbox.byId(1).orElseThrow();
        assertThat(row.status()).isEqualTo(MerchantNotification.Status.DELIVERED);
        assertThat(row.attempts()).isEqualTo(3);
        assertThat(row.deliveredAt()).isEqualTo(kasir.clock.instant().minus(Duration.ofHours(1)));
    }

    @Test
    void givesUpAfterTheMaximumAttemptsAndOpsCanResendIt() {
        addRow("e-1");
        ScriptedReceiver receiver = new ScriptedReceiver().failing(12);
        DeliverMerchantNotifications delivery = kasir.delivery(receiver);

        for (int attempt = 1; attempt <= 12; attempt++) {
            delivery.deliverDue();
            kasir.clock.advance(DeliverMerchantNotifications.backoffAfter(attempt));
        }
        MerchantNotification dead = kasir.outbox.byId(1).orElseThrow();
        assertThat(dead.status()).isEqualTo(MerchantNotification.Status.DEAD);
        assertThat(dead.attempts()).isEqualTo(12);
        assertThat(dead.lastError()).isEqualTo("HTTP 500");
        assertThat(delivery.deliverDue().attempted()).isZero();

        kasir.resendMerchantNotification.resend(1, Actor.operator("siti"), "10.0.0.1");
        assertThat(delivery.deliverDue().delivered()).isEqualTo(1);
        assertThat(receiver.received).hasSize(13).containsOnly("e-1");
        assertThatThrownBy(() -> kasir.resendMerchantNotification.resend(99, Actor.operator("siti"), null))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void anOlderEventIsNotSentAfterANewerOneAboutTheSamePaymentWasDelivered() {
        kasir.outbox.add(new MerchantNotificationOutbox.NewNotification("e-open", "payment.open", "pay-1", "{}",
                kasir.clock.instant()));
        ScriptedReceiver receiver = new ScriptedReceiver().failing(1);
        DeliverMerchantNotifications delivery = kasir.delivery(receiver);
        assertThat(delivery.deliverDue().retrying()).isEqualTo(1);
        kasir.clock.advance(Duration.ofSeconds(5));
        kasir.outbox.add(new MerchantNotificationOutbox.NewNotification("e-paid", "payment.paid", "pay-1", "{}",
                kasir.clock.instant()));
        addOtherPaymentsRow("e-other");

        assertThat(delivery.deliverDue().delivered()).as("paid and the other payment's event").isEqualTo(2);
        kasir.clock.advance(Duration.ofSeconds(5));
        DeliverMerchantNotifications.Run run = delivery.deliverDue();

        assertThat(run.superseded()).isEqualTo(1);
        assertThat(run.attempted()).isZero();
        assertThat(receiver.received).containsExactly("e-open", "e-paid", "e-other");
        assertThat(kasir.outbox.byId(1).orElseThrow()).satisfies(open -> {
            assertThat(open.status()).isEqualTo(MerchantNotification.Status.SUPERSEDED);
            assertThat(open.lastError()).contains("newer event about pay-1");
        });
    }

    private void addOtherPaymentsRow(String eventId) {
        kasir.outbox.add(new MerchantNotificationOutbox.NewNotification(eventId, "payment.open", "pay-2", "{}",
                kasir.clock.instant()));
    }

    @Test
    void twoNodesClaimingAtOnceNeverTakeTheSameRow() {
        for (int i = 0; i < 30; i++) {
            addRow("e-" + i);
        }
        var now = kasir.clock.instant();
        var first = kasir.outbox.claimDue("node-a", now, now.plusSeconds(300), 20);
        var second = kasir.outbox.claimDue("node-b", now, now.plusSeconds(300), 20);

        assertThat(first).hasSize(20);
        assertThat(second).hasSize(10);
        assertThat(first).extracting(MerchantNotification::id)
                .doesNotContainAnyElementsOf(second.stream().map(MerchantNotification::id).toList());
    }

    @Test
    void aRowWhoseClaimRanOutIsTakenOverAndTheOldClaimantCannotOverwriteIt() {
        addRow("e-1");
        var now = kasir.clock.instant();
        kasir.outbox.claimDue("dead-node", now, now.plusSeconds(300), 10);

        ScriptedReceiver receiver = new ScriptedReceiver();
        assertThat(kasir.delivery(receiver).deliverDue().attempted()).as("still claimed").isZero();
        kasir.clock.advance(Duration.ofSeconds(301));
        assertThat(kasir.delivery(receiver).deliverDue().delivered()).isEqualTo(1);

        kasir.outbox.markRetry(1, "dead-node", 1, kasir.clock.instant(), "late");
        assertThat(kasir.outbox.byId(1).orElseThrow().status()).isEqualTo(MerchantNotification.Status.DELIVERED);
    }

    /**
     * Claims are renewed row by row: a row whose claim ran out while a slow receiver held up the batch,
     * and which another node took over meanwhile, is left to that node instead of being sent twice.
     */
    @Test
    void aRowTakenOverWhileItWaitedInASlowBatchIsLeftToTheNodeThatTookIt() {
        addRow("e-1");
        addRow("e-2");
        addOtherPaymentsRow("e-3");
        List<MerchantNotification> takenByB = new ArrayList<>();
        List<String> sentByA = new ArrayList<>();
        // Each send takes 15 s of the 20 s claim; node B looks for due rows after each.
        DeliverMerchantNotifications nodeA = kasir.delivery(n -> {
            sentByA.add(n.eventId());
            kasir.clock.advance(Duration.ofSeconds(15));
            var now = kasir.clock.instant();
            takenByB.addAll(kasir.outbox.claimDue("node-b", now, now.plusSeconds(20), 10));
            return new MerchantNotificationSender.Outcome.Delivered();
        });

        assertThat(nodeA.deliverDue().delivered()).isEqualTo(2);

        assertThat(sentByA).as("e-2 was renewed before its claim ran out").containsExactly("e-1", "e-2");
        assertThat(takenByB).extracting(MerchantNotification::eventId).containsExactly("e-3");
        assertThat(kasir.outbox.byId(3).orElseThrow().status()).isEqualTo(MerchantNotification.Status.DUE);
    }

    @Test
    void aSenderThatThrowsCountsAsAFailedAttempt() {
        addRow("e-1");
        DeliverMerchantNotifications delivery = kasir.delivery(n -> {
            throw new IllegalStateException("boom");
        });

        assertThat(delivery.deliverDue().retrying()).isEqualTo(1);
        assertThat(kasir.outbox.byId(1).orElseThrow().lastError()).isEqualTo("sender error: IllegalStateException");
    }
}
