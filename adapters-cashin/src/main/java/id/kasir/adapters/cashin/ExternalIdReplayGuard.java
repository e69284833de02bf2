package id.kasir.adapters.cashin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers which body each notification X-EXTERNAL-ID came with, for as long as a timestamp stays
 * acceptable (twice the tolerance: anything older is refused by the timestamp check anyway).
 *
 * <p>The same id with the same body is a retry: a duplicate, which the inbox catches across all nodes by
 * its dedup key (the X-EXTERNAL-ID). The same id with <em>another</em> body is a replay with altered
 * content: rejected. This memory is per node; on another node such an arrival still finds the id in
 * the inbox and is stored as a duplicate, so it changes nothing either way.
 */
public final class ExternalIdReplayGuard {

    private static final int MAX_ENTRIES = 100_000;

    private record Seen(String bodyHash, Instant at) {
    }

    private final Map<String, Seen> seen = new LinkedHashMap<>();
    private final Duration memory;
    private final Clock clock;

    public ExternalIdReplayGuard(Duration tolerance, Clock clock) {
        this.memory = tolerance.multipliedBy(2);
        this.clock = clock;
    }

    /** False when this id came before with a different body; otherwise remembers it and says true. */
    public synchronized boolean admit(String externalId, String bodyHash) {
        Instant now = clock.instant();
        forgetOld(now);
        Seen before = seen.get(externalId);
        if (before != null) {
            return before.bodyHash().equals(bodyHash);
        }
        seen.put(externalId, new Seen(bodyHash, now));
        return true;
    }

    private void forgetOld(Instant now) {
        Iterator<Map.Entry<String, Seen>> oldestFirst = seen.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            Map.Entry<String, Seen> e = oldestFirst.next();
            if (seen.size() > MAX_ENTRIES || e.getValue().at().isBefore(now.minus(memory))) {
                oldestFirst.remove();
            } else {
                break;
            }
        }
    }
}
