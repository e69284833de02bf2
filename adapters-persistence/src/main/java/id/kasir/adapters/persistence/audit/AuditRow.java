package id.kasir.adapters.persistence.audit;

import id.kasir.adapters.persistence.mybatis.ColumnText;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail.StoredAuditEntry;
import id.kasir.domain.common.Actor;
import java.time.Instant;

/** One row of {@code audit_log}. */
class AuditRow {
    Long id;
    String actor;
    String action;
    String target;
    String detail;
    String sourceAddress;
    Instant occurredAt;

    static AuditRow of(AuditEntry entry) {
        AuditRow row = new AuditRow();
        row.actor = ColumnText.fit(entry.actor().asText(), 160);
        row.action = ColumnText.fit(entry.action(), 64);
        row.target = ColumnText.fit(entry.target(), 191);
        row.detail = entry.detail();
        row.sourceAddress = ColumnText.fit(entry.sourceAddress(), 255);
        row.occurredAt = entry.at();
        return row;
    }

    StoredAuditEntry toStored() {
        return new StoredAuditEntry(id, new AuditEntry(Actor.parse(actor), action, target, detail, sourceAddress,
                occurredAt));
    }
}
