package id.kasir.adapters.persistence.reconciliation;

import id.kasir.application.reconciliation.ReconciliationItem;
import id.kasir.application.reconciliation.ReconciliationRun;
import id.kasir.application.reconciliation.ReconciliationRuns;
import id.kasir.application.reconciliation.RunStatus;
import id.kasir.domain.reconciliation.ReconciliationOutcome;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** {@link ReconciliationRuns} on MyBatis; the unique key (run_id, payment_id) makes recording idempotent. */
@Repository
class MyBatisReconciliationRuns implements ReconciliationRuns {

    private final ReconciliationMapper mapper;

    MyBatisReconciliationRuns(ReconciliationMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void begin(ReconciliationRun run) {
        if (mapper.runById(run.id()) != null) {
            mapper.updateRun(run.id(), RunStatus.RUNNING.name(), null);
            return;
        }
        try {
            mapper.insertRun(ReconciliationRunRow.of(run));
        } catch (DuplicateKeyException startedElsewhere) {
            mapper.updateRun(run.id(), RunStatus.RUNNING.name(), null);
        }
    }

    @Override
    public int record(List<ReconciliationItem> items) {
        int added = 0;
        for (ReconciliationItem item : items) {
            try {
                mapper.insertItem(ReconciliationItemRow.of(item));
                added++;
            } catch (DuplicateKeyException countedBefore) {
                // this payment's line was stored by an earlier attempt of the same chunk
            }
        }
        return added;
    }

    @Override
    public void finish(long runId, RunStatus status, Instant finishedAt) {
        mapper.updateRun(runId, status.name(), finishedAt);
    }

    @Override
    public Optional<ReconciliationRun> byId(long runId) {
        return Optional.ofNullable(mapper.runById(runId)).map(ReconciliationRunRow::toRun);
    }

    @Override
    public List<ReconciliationRun> latest(int limit) {
        return mapper.latestRuns(limit).stream().map(ReconciliationRunRow::toRun).toList();
    }

    @Override
    public Optional<ReconciliationRun> lastCompleted() {
        return Optional.ofNullable(mapper.lastCompleted()).map(ReconciliationRunRow::toRun);
    }

    @Override
    public Map<ReconciliationOutcome, Long> countsByOutcome(long runId) {
        Map<ReconciliationOutcome, Long> counts = new EnumMap<>(ReconciliationOutcome.class);
        for (Map<String, Object> row : mapper.countsByOutcome(runId)) {
            counts.put(ReconciliationOutcome.valueOf(text(row, "outcome")), number(row, "n"));
        }
        return counts;
    }

    @Override
    public List<GatewayCount> countsByGateway(long runId) {
        return mapper.countsByGateway(runId).stream()
                .map(row -> new GatewayCount(text(row, "gateway"), ReconciliationOutcome.valueOf(text(row, "outcome")),
                        number(row, "n")))
                .toList();
    }

    @Override
    public List<ReconciliationItem> items(long runId, ReconciliationOutcome outcome, long afterId, int limit) {
        return mapper.items(runId, outcome == null ? null : outcome.name(), afterId, limit).stream()
                .map(ReconciliationItemRow::toItem).toList();
    }

    @Override
    public long countInFlight(Instant createdBefore) {
        return mapper.countInFlight(createdBefore);
    }

    /** Column labels come back upper case from H2 and as written from MySQL. */
    static Object column(Map<String, Object> row, String label) {
        Object value = row.get(label);
        if (value == null) {
            value = row.get(label.toUpperCase(java.util.Locale.ROOT));
        }
        if (value == null) {
            for (var e : row.entrySet()) {
                if (e.getKey().equalsIgnoreCase(label)) {
                    return e.getValue();
                }
            }
        }
        return value;
    }

    static String text(Map<String, Object> row, String label) {
        return String.valueOf(column(row, label));
    }

    static long number(Map<String, Object> row, String label) {
        return ((Number) column(row, label)).longValue();
    }
}
