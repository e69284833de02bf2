package id.kasir.adapters.persistence.audit;

import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditSearch;
import id.kasir.domain.common.Actor;
import java.util.Arrays;
import id.kasir.domain.audit.AuditTrail;
import java.util.List;
import org.springframework.stereotype.Repository;

/** The audit trail in {@code audit_log}: append-only, read newest first by id. */
@Repository
public class MyBatisAuditTrail implements AuditTrail {

    private final AuditMapper mapper;

    MyBatisAuditTrail(AuditMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void record(AuditEntry entry) {
        mapper.insert(AuditRow.of(entry));
    }

    @Override
    public List<StoredAuditEntry> recent(Long beforeId, int limit) {
        if (limit <= 0 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
        return mapper.recent(beforeId, limit).stream().map(AuditRow::toStored).toList();
    }

    /** The actor filter becomes one stored actor text per kind, so the query compares whole values (indexed). */
    @Override
    public List<StoredAuditEntry> search(AuditSearch search) {
        List<String> actors = search.who() == null ? List.of() : Arrays.stream(Actor.Kind.values())
                .map(kind -> new Actor(kind, search.who()).asText()).toList();
        String actionFamily = search.action() == null ? null
                : search.action().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%";
        return mapper.search(search, actors, actionFamily).stream().map(AuditRow::toStored).toList();
    }
}
