package id.kasir.application.testing;

import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditSearch;
import id.kasir.domain.audit.AuditTrail;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The audit trail in memory. */
public final class InMemoryAuditTrail implements AuditTrail {

    private final List<StoredAuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(new StoredAuditEntry(entries.size() + 1L, entry));
    }

    @Override
    public synchronized List<StoredAuditEntry> recent(Long beforeId, int limit) {
        return entries.stream().filter(e -> beforeId == null || e.id() < beforeId)
                .sorted(Comparator.comparingLong(StoredAuditEntry::id).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized List<StoredAuditEntry> search(AuditSearch search) {
        return entries.stream().filter(e -> search.beforeId() == null || e.id() < search.beforeId())
                .filter(e -> search.matches(e.entry()))
                .sorted(Comparator.comparingLong(StoredAuditEntry::id).reversed()).limit(search.limit()).toList();
    }
}
