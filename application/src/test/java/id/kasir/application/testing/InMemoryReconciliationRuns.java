package id.kasir.application.testing;

import id.kasir.application.reconciliation.ReconciliationItem;
import id.kasir.application.reconciliation.ReconciliationRun;
import id.kasir.application.reconciliation.ReconciliationRuns;
import id.kasir.application.reconciliation.RunStatus;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.reconciliation.ReconciliationOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link ReconciliationRuns} in memory, one line per (run, payment) as the real one. */
public final class InMemoryReconciliationRuns implements ReconciliationRuns {

    private final InMemoryPayments payments;
    private final Map<Long, ReconciliationRun> runs = new LinkedHashMap<>();
    private final List<ReconciliationItem> items = new ArrayList<>();

    public InMemoryReconciliationRuns(InMemoryPayments payments) {
        this.payments = payments;
    }

    @Override
    public synchronized void begin(ReconciliationRun run) {
        ReconciliationRun before = runs.get(run.id());
        runs.put(run.id(), before == null ? run : new ReconciliationRun(before.id(), before.trigger(),
                before.businessDate(), before.requestedBy(), before.startedAt(), null, RunStatus.RUNNING,
                before.inFlightAtStart()));
    }

    @Override
    public synchronized int record(List<ReconciliationItem> lines) {
        int added = 0;
        for (ReconciliationItem line : lines) {
            boolean known = items.stream().anyMatch(i -> i.runId() == line.runId() && i.paymentId().equals(line.paymentId()));
            if (!known) {
                items.add(new ReconciliationItem(items.size() + 1L, line.runId(), line.paymentId(), line.orderId(),
                        line.gateway(), line.outcome(), line.cause(), line.detail(), line.latencyMillis(),
                        line.recordedAt()));
                added++;
            }
        }
        return added;
    }

    @Override
    public synchronized void finish(long runId, RunStatus status, Instant finishedAt) {
        ReconciliationRun r = runs.get(runId);
        runs.put(runId, new ReconciliationRun(r.id(), r.trigger(), r.businessDate(), r.requestedBy(), r.startedAt(),
                finishedAt, status, r.inFlightAtStart()));
    }

    @Override
    public synchronized Optional<ReconciliationRun> byId(long runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public synchronized List<ReconciliationRun> latest(int limit) {
        return runs.values().stream().sorted(Comparator.comparing(ReconciliationRun::startedAt).reversed()
                .thenComparing(Comparator.comparingLong(ReconciliationRun::id).reversed())).limit(limit).toList();
    }

    @Override
    public synchronized Optional<ReconciliationRun> lastCompleted() {
        return runs.values().stream().filter(r -> r.status() == RunStatus.COMPLETED)
                .max(Comparator.comparing(ReconciliationRun::finishedAt));
    }

    @Override
    public synchronized Map<ReconciliationOutcome, Long> countsByOutcome(long runId) {
        Map<ReconciliationOutcome, Long> counts = new EnumMap<>(ReconciliationOutcome.class);
        items.stream().filter(i -> i.runId() == runId).forEach(i -> counts.merge(i.outcome(), 1L, Long::sum));
        return counts;
    }

    @Override
    public synchronized List<GatewayCount> countsByGateway(long runId) {
        Map<String, Long> counts = new TreeMap<>();
        items.stream().filter(i -> i.runId() == runId)
                .forEach(i -> counts.merge(i.gateway() + "\u0000" + i.outcome().name(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\u0000");
            return new GatewayCount(key[0], ReconciliationOutcome.valueOf(key[1]), e.getValue());
        }).toList();
    }

    @Override
    public synchronized List<ReconciliationItem> items(long runId, ReconciliationOutcome outcome, long afterId, int limit) {
        return items.stream().filter(i -> i.runId() == runId && i.id() > afterId)
                .filter(i -> outcome == null || i.outcome() == outcome).limit(limit).toList();
    }

    @Override
    public long countInFlight(Instant createdBefore) {
        return payments.inFlight(createdBefore, null, Integer.MAX_VALUE).stream().map(Payment::id).count();
    }
}
