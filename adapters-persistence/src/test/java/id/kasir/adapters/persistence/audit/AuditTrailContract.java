package id.kasir.adapters.persistence.audit;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.adapters.persistence.testing.PersistenceContract;
import id.kasir.domain.audit.AuditEntry;
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
}
