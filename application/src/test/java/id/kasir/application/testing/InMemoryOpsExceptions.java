package id.kasir.application.testing;

import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.ops.OpsExceptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Ops exceptions in memory, raised once per dedup key. */
public final class InMemoryOpsExceptions implements OpsExceptions {

    private final List<OpsException> all = new ArrayList<>();

    @Override
    public synchronized Raised raise(OpsExceptionType type, String subject, String dedupKey, String description, Instant at) {
        Optional<OpsException> existing = all.stream().filter(e -> e.dedupKey().equals(dedupKey)).findFirst();
        if (existing.isPresent()) {
            return new Raised(existing.get(), false);
        }
        OpsException created = new OpsException(all.size() + 1L, type, subject, dedupKey, description, at, null, null, null);
        all.add(created);
        return new Raised(created, true);
    }

    @Override
    public synchronized boolean resolve(long id, String by, String resolution, Instant at) {
        Optional<OpsException> found = byId(id);
        if (found.isEmpty() || !found.get().isOpen()) {
            return false;
        }
        OpsException e = found.get();
        all.set((int) id - 1, new OpsException(id, e.type(), e.subject(), e.dedupKey(), e.description(), e.raisedAt(),
                at, by, resolution));
        return true;
    }

    @Override
    public synchronized Optional<OpsException> byId(long id) {
        return id < 1 || id > all.size() ? Optional.empty() : Optional.of(all.get((int) id - 1));
    }

    @Override
    public synchronized List<OpsException> open(int limit) {
        return all.stream().filter(OpsException::isOpen).limit(limit).toList();
    }

    @Override
    public synchronized List<OpsException> bySubject(String subject) {
        return all.stream().filter(e -> e.subject().equals(subject)).toList();
    }

    @Override
    public synchronized long countOpen() {
        return all.stream().filter(OpsException::isOpen).count();
    }
}
