package id.kasir.application.testing;

import id.kasir.domain.money.Money;
import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionSearch;
import id.kasir.domain.ops.OpsExceptionStep;
import id.kasir.domain.ops.OpsExceptionState;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.ops.OpsExceptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ops exceptions in memory, raised once per dedup key. The gateway filter needs to know what each
 * subject belongs to: {@link #gatewayOf} is told by the test (the database joins the payments).
 */
public final class InMemoryOpsExceptions implements OpsExceptions {

    private final List<OpsException> all = new ArrayList<>();
    private final List<OpsExceptionStep> steps = new ArrayList<>();
    private final Map<String, String> gatewayOf = new java.util.HashMap<>();

    /** Says which gateway a subject belongs to, for the gateway filter. */
    public synchronized void gatewayOf(String subject, String gateway) {
        gatewayOf.put(subject, gateway);
    }

    @Override
    public synchronized Raised raise(OpsExceptionType type, String subject, String dedupKey, String description,
                                     Money reportedAmount, Instant at) {
        Optional<OpsException> existing = all.stream().filter(e -> e.dedupKey().equals(dedupKey)).findFirst();
        if (existing.isPresent()) {
            return new Raised(existing.get(), false);
        }
        OpsException created = OpsException.raised(all.size() + 1L, type, subject, dedupKey, description,
                reportedAmount, at);
        all.add(created);
        return new Raised(created, true);
    }

    @Override
    public synchronized boolean save(OpsException changed, OpsExceptionState expectedState) {
        Optional<OpsException> found = byId(changed.id());
        if (found.isEmpty() || found.get().state() != expectedState) {
            return false;
        }
        all.set((int) changed.id() - 1, changed);
        return true;
    }

    @Override
    public synchronized void addStep(OpsExceptionStep step) {
        steps.add(step);
    }

    @Override
    public synchronized List<OpsExceptionStep> history(long id) {
        return steps.stream().filter(s -> s.exceptionId() == id).toList();
    }

    @Override
    public synchronized Optional<OpsException> byId(long id) {
        return id < 1 || id > all.size() ? Optional.empty() : Optional.of(all.get((int) id - 1));
    }

    @Override
    public synchronized List<OpsException> search(OpsExceptionSearch s) {
        return all.stream()
                .filter(e -> s.type() == null || e.type() == s.type())
                .filter(e -> s.states().isEmpty() || s.states().contains(e.state()))
                .filter(e -> s.gateway() == null || s.gateway().value().equals(gatewayOf.get(e.subject())))
                .filter(e -> s.raisedBefore() == null || e.raisedAt().isBefore(s.raisedBefore()))
                .filter(e -> s.owner() == null || s.owner().equals(e.owner()))
                .limit(s.limit()).toList();
    }

    @Override
    public synchronized List<OpsException> bySubject(String subject) {
        return all.stream().filter(e -> e.subject().equals(subject)).toList();
    }

    @Override
    public synchronized long countOpen() {
        return all.stream().filter(OpsException::isOpen).count();
    }

    @Override
    public synchronized Map<OpsExceptionType, Long> countOpenByType() {
        Map<OpsExceptionType, Long> counts = new EnumMap<>(OpsExceptionType.class);
        all.stream().filter(OpsException::isOpen).forEach(e -> counts.merge(e.type(), 1L, Long::sum));
        return counts;
    }
}
