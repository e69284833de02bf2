package id.kasir.application.testing;

import id.kasir.application.operator.LoginSources;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link LoginSources} in a map, for tests above the persistence adapter. */
public final class InMemoryLoginSources implements LoginSources {

    private record Key(String username, String source) {
    }

    private record Row(int failures, Instant lastFailedAt, Instant lastSucceededAt) {
    }

    private final Map<Key, Row> rows = new ConcurrentHashMap<>();

    @Override
    public void failed(String username, String source, Instant at) {
        rows.merge(new Key(username, source), new Row(1, at, null),
                (old, one) -> new Row(old.failures() + 1, at, old.lastSucceededAt()));
    }

    @Override
    public void succeeded(String username, String source, Instant at) {
        rows.merge(new Key(username, source), new Row(0, null, at), (old, one) -> new Row(0, old.lastFailedAt(), at));
    }

    @Override
    public int sourcesFailedSince(String username, Instant since) {
        return (int) rows.entrySet().stream().filter(e -> e.getKey().username().equals(username))
                .filter(e -> e.getValue().failures() > 0 && !e.getValue().lastFailedAt().isBefore(since)).count();
    }

    @Override
    public boolean succeededSince(String username, String source, Instant since) {
        Row row = rows.get(new Key(username, source));
        return row != null && row.lastSucceededAt() != null && !row.lastSucceededAt().isBefore(since);
    }

    @Override
    public void forgetFailures(String username) {
        rows.replaceAll((key, row) -> key.username().equals(username) ? new Row(0, row.lastFailedAt(), row.lastSucceededAt()) : row);
    }

    @Override
    public int forgetOlderThan(Instant cutoff) {
        int before = rows.size();
        rows.values().removeIf(row -> (row.lastFailedAt() == null || row.lastFailedAt().isBefore(cutoff))
                && (row.lastSucceededAt() == null || row.lastSucceededAt().isBefore(cutoff)));
        return before - rows.size();
    }
}
