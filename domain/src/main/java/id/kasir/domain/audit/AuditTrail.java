package id.kasir.domain.audit;

import java.util.List;

/** The append-only record of what people did (port). */
public interface AuditTrail {
    void record(AuditEntry entry);

    /** Newest first; {@code beforeId} is the keyset cursor (null for the first page). */
    List<StoredAuditEntry> recent(Long beforeId, int limit);

    /** Newest first, the entries passing every filter of {@code search} ({@link AuditSearch#matches}). */
    List<StoredAuditEntry> search(AuditSearch search);

    record StoredAuditEntry(long id, AuditEntry entry) {
    }
}
