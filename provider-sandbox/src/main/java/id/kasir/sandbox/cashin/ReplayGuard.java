package id.kasir.sandbox.cashin;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers request ids (X-EXTERNAL-ID, X-REQUEST-ID) so a repeat within the same Jakarta day is refused. */
final class ReplayGuard {

    private final Map<String, LocalDate> seen = new ConcurrentHashMap<>();

    /** True the first time this id is used by this partner on this day. */
    boolean firstUse(String partner, String id, LocalDate day) {
        if (seen.size() > 100_000) {
            seen.values().removeIf(d -> d.isBefore(day));
        }
        return seen.putIfAbsent(partner + '\n' + day + '\n' + id, day) == null;
    }
}
