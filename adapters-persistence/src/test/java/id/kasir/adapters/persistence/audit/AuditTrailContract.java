package id.kasir.adapters.persistence.audit;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.adapters.persistence.testing.PersistenceContract;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditSearch;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.audit.AuditTrail.StoredAuditEntry;
import id.kasir.domain.common.Actor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What any {@link AuditTrail} must do; run against H2 and MySQL by the subclasses. */
public abstract class AuditTrailContract extends PersistenceContract {

    @Autowired
    AuditTrail audit;

    @Test
    void keepsEveryFieldOfAnEntry() {
        AuditEntry entry = new AuditEntry(Actor.operator("ops.ani"), "PAYOUT_APPROVED", "payout:po-1",
                "amount IDR 250000.00", "198.51.100.4", T0);

        audit.record(entry);

        assertThat(audit.recent(null, 10)).extracting(StoredAuditEntry::entry).containsExactly(entry);
    }

    @Test
    void pagesNewestFirst() {
        for (int i = 0; i < 5; i++) {
            audit.record(new AuditEntry(Actor.operator("ops.ani"), "LOGIN", null, null, null, T0.plusSeconds(i)));
        }

        List<StoredAuditEntry> first = audit.recent(null, 2);
        List<StoredAuditEntry> second = audit.recent(first.get(1).id(), 2);
        List<StoredAuditEntry> third = audit.recent(second.get(1).id(), 2);

        assertThat(first).extracting(e -> e.entry().at()).containsExactly(T0.plusSeconds(4), T0.plusSeconds(3));
        assertThat(second).extracting(e -> e.entry().at()).containsExactly(T0.plusSeconds(2), T0.plusSeconds(1));
        assertThat(third).extracting(e -> e.entry().at()).containsExactly(T0);
    }

    @Test
    void filtersByWhoActionFamilyTimeAndTarget() {
        audit.record(new AuditEntry(Actor.operator("olga"), "payment.cancel", "pay-1", null, null, T0));
        audit.record(new AuditEntry(Actor.unauthenticated("olga"), "login.failed", "olga", null, null, T0.plusSeconds(60)));
        audit.record(new AuditEntry(Actor.operator("olga"), "login", "olga", null, null, T0.plusSeconds(120)));
        audit.record(new AuditEntry(Actor.operator("budi"), "payment.cancel", "pay-2", null, null, T0.plusSeconds(180)));
        audit.record(new AuditEntry(Actor.operator("olga"), "loginx", "x", null, null, T0.plusSeconds(240)));

        assertThat(actions(new AuditSearch("olga", null, null, null, null, null, 10)))
                .containsExactly("loginx", "login", "login.failed", "payment.cancel");
        assertThat(actions(new AuditSearch(null, "login", null, null, null, null, 10)))
                .containsExactly("login", "login.failed");
        assertThat(actions(new AuditSearch(null, "payment.cancel", null, null, List.of("pay-2", "ORDER-2"), null, 10)))
                .containsExactly("payment.cancel");
        assertThat(actions(new AuditSearch(null, null, T0.plusSeconds(60), T0.plusSeconds(180), null, null, 10)))
                .containsExactly("login", "login.failed");
        List<StoredAuditEntry> first = audit.search(new AuditSearch("olga", null, null, null, null, null, 2));
        assertThat(actions(new AuditSearch("olga", null, null, null, null, first.get(1).id(), 10)))
                .containsExactly("login.failed", "payment.cancel");
    }

    private List<String> actions(AuditSearch search) {
        return audit.search(search).stream().map(e -> e.entry().action()).toList();
    }
}
