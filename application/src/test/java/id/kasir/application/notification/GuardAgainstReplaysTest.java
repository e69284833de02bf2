package id.kasir.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.notification.GuardAgainstReplays.Verdict;
import id.kasir.application.notification.NotificationMessageIds.MessageId;
import id.kasir.application.notification.NotificationMessageIds.Seen;
import id.kasir.application.testing.InMemoryGatewayNotifications;
import id.kasir.application.testing.InMemoryNotificationMessageIds;
import id.kasir.application.testing.MutableClock;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.notification.InboundNotification;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.StoredNotification;
import id.kasir.domain.notification.Verification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuardAgainstReplaysTest {

    private static final GatewayId CASHIN = GatewayId.of("cashin");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    private final MutableClock clock = MutableClock.at("2026-11-21T03:00:00Z");
    private final InMemoryGatewayNotifications inbox = new InMemoryGatewayNotifications();
    private final InMemoryNotificationMessageIds ids = new InMemoryNotificationMessageIds();
    private final GuardAgainstReplays guard = new GuardAgainstReplays(ids, inbox, clock);

    private static MessageId id(String partner, String value) {
        return new MessageId(CASHIN, partner, DAY, value);
    }

    private void storedAndActedOn(String dedupKey) {
        StoredNotification stored = inbox.store(new InboundNotification(CASHIN, dedupKey, "REF", Verification.VERIFIED,
                "{}", "{}", "127.0.0.1", clock.instant()));
        inbox.markOutcome(stored.id(), NotificationOutcome.APPLIED, null, "applied");
    }

    @Test
    void aNewIdIsAdmittedAndTheSameIdWithTheSameContentIsARetry() {
        assertThat(guard.check(id("P1", "1001"), "hash-a", "xid:1001")).isInstanceOf(Verdict.First.class);
        Verdict again = guard.check(id("P1", "1001"), "hash-a", "xid:1001");

        assertThat(again).isInstanceOf(Verdict.Retry.class);
        assertThat(again.admitted()).isTrue();
    }

    @Test
    void theSameIdWithOtherContentIsRefused() {
        guard.check(id("P1", "1001"), "hash-a", "xid:1001");

        Verdict altered = guard.check(id("P1", "1001"), "hash-b", "xid:1001");

        assertThat(altered).isEqualTo(new Verdict.AlteredReplay("1001"));
        assertThat(altered.admitted()).isFalse();
    }

    @Test
    void contentAlreadyActedOnUnderAnotherIdIsARefusedReplayWhateverPartnerOrDayItClaims() {
        guard.check(id("P1", "1001"), "hash-a", "xid:1001");
        storedAndActedOn("xid:1001");

        assertThat(guard.check(id("P1", "2002"), "hash-a", "xid:2002")).isEqualTo(new Verdict.ReplayUnderNewId("1001"));
        assertThat(guard.check(id("OTHER", "3003"), "hash-a", "xid:3003")).isEqualTo(new Verdict.ReplayUnderNewId("1001"));
        assertThat(guard.check(new MessageId(CASHIN, "P1", DAY.plusDays(1), "1001"), "hash-a", "xid:1001"))
                .isEqualTo(new Verdict.ReplayUnderNewId("1001"));
        assertThat(ids.byId(id("P1", "2002"))).as("a refused replay does not take the id").isEmpty();
    }

    @Test
    void anIdenticalCopyThatRememberedAndFinishedBetweenOurTwoLookupsMakesThisARetryNotAReplay() {
        // Ten identical copies at once (issue 17): this copy's byId ran before another copy remembered the id;
        // that copy was then acted on before this one looked for the content under other ids.
        NotificationMessageIds racing = new NotificationMessageIds() {
            private boolean first = true;

            @Override
            public boolean remember(Seen seen) {
                return ids.remember(seen);
            }

            @Override
            public Optional<Seen> byId(MessageId messageId) {
                if (first) {
                    first = false;
                    Optional<Seen> seenBefore = ids.byId(messageId);
                    ids.remember(new Seen(messageId, "hash-a", "xid:1001", clock.instant()));
                    storedAndActedOn("xid:1001");
                    return seenBefore;
                }
                return ids.byId(messageId);
            }

            @Override
            public List<Seen> withContent(GatewayId gateway, String hash, int limit) {
                return ids.withContent(gateway, hash, limit);
            }

            @Override
            public int forgetBefore(Instant cutoff) {
                return ids.forgetBefore(cutoff);
            }
        };

        Verdict verdict = new GuardAgainstReplays(racing, inbox, clock).check(id("P1", "1001"), "hash-a", "xid:1001");

        assertThat(verdict).isInstanceOf(Verdict.Retry.class);
    }

    @Test
    void contentWhoseFirstArrivalWasNeverActedOnIsLetThroughUnderTheNewId() {
        guard.check(id("P1", "1001"), "hash-a", "xid:1001"); // remembered, then (say) a crash before the inbox

        assertThat(guard.check(id("P1", "2002"), "hash-a", "xid:2002")).isInstanceOf(Verdict.First.class);
    }

    @Test
    void theSameIdOnAnotherDayOrForAnotherPartnerIsANewId() {
        guard.check(id("P1", "1001"), "hash-a", "xid:1001");

        assertThat(guard.check(new MessageId(CASHIN, "P1", DAY.plusDays(1), "1001"), "hash-b", "xid:1001"))
                .isInstanceOf(Verdict.First.class);
        assertThat(guard.check(id("P2", "1001"), "hash-c", "xid:1001")).isInstanceOf(Verdict.First.class);
    }

    @Test
    void oldIdsAreForgotten() {
        guard.check(id("P1", "1001"), "hash-a", "xid:1001");
        clock.advance(Duration.ofDays(3));
        guard.check(id("P1", "1002"), "hash-b", "xid:1002");

        assertThat(guard.forgetOlderThan(Duration.ofDays(2))).isEqualTo(1);
        assertThat(ids.byId(id("P1", "1001"))).isEmpty();
    }
}
