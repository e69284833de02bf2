package id.kasir.adapters.persistence.notification;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.adapters.persistence.testing.PersistenceContract;
import id.kasir.application.notification.NotificationMessageIds;
import id.kasir.application.notification.NotificationMessageIds.MessageId;
import id.kasir.application.notification.NotificationMessageIds.Seen;
import id.kasir.domain.gateway.GatewayId;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What any {@link NotificationMessageIds} store must do; run against H2 and MySQL by the subclasses. */
public abstract class NotificationMessageIdsContract extends PersistenceContract {

    private static final GatewayId CASHIN = GatewayId.of("cashin");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    @Autowired
    NotificationMessageIds ids;

    @BeforeEach
    void startEmpty() {
        jdbc.update("DELETE FROM notification_message_ids");
    }

    private static Seen seen(String partner, LocalDate day, String id, String hash) {
        return new Seen(new MessageId(CASHIN, partner, day, id), hash, "xid:" + id, T0);
    }

    @Test
    void anIdIsStoredOncePerPartnerPerDayAndReadBackWhole() {
        Seen first = seen("P1", DAY, "12345678901234567890", "a".repeat(64));

        assertThat(ids.remember(first)).isTrue();
        assertThat(ids.remember(seen("P1", DAY, "12345678901234567890", "b".repeat(64)))).isFalse();
        assertThat(ids.remember(seen("P1", DAY.plusDays(1), "12345678901234567890", "b".repeat(64)))).isTrue();
        assertThat(ids.remember(seen("P2", DAY, "12345678901234567890", "b".repeat(64)))).isTrue();
        assertThat(ids.byId(first.id())).contains(first);
        assertThat(ids.byId(new MessageId(GatewayId.of("payin"), "P1", DAY, "12345678901234567890"))).isEmpty();
    }

    @Test
    void findsEveryIdSeenWithTheSameContentOldestFirst() {
        ids.remember(seen("P1", DAY, "1", "a".repeat(64)));
        ids.remember(seen("P9", DAY, "2", "a".repeat(64)));
        ids.remember(seen("P1", DAY, "3", "b".repeat(64)));

        assertThat(ids.withContent(CASHIN, "a".repeat(64), 10)).extracting(s -> s.id().value()).containsExactly("1", "2");
        assertThat(ids.withContent(CASHIN, "a".repeat(64), 1)).hasSize(1);
        assertThat(ids.withContent(GatewayId.of("payin"), "a".repeat(64), 10)).isEmpty();
    }

    @Test
    void forgetsIdsSeenBeforeACutoff() {
        ids.remember(seen("P1", DAY, "1", "a".repeat(64)));
        ids.remember(new Seen(new MessageId(CASHIN, "P1", DAY, "2"), "a".repeat(64), "xid:2", T0.plus(Duration.ofDays(3))));

        assertThat(ids.forgetBefore(T0.plus(Duration.ofDays(1)))).isEqualTo(1);
        assertThat(ids.withContent(CASHIN, "a".repeat(64), 10)).extracting(s -> s.id().value()).containsExactly("2");
    }
}
