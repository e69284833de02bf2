package id.kasir.app.faults;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What "no state change" means for the hostile corpus: every row, every column, of the tables that hold
 * money, decisions and promises to the merchant — payments (status, amounts, version…), their timeline,
 * payouts and their events, the outbox of merchant notifications (its rows; not the delivery bookkeeping,
 * which a background worker owns), ops exceptions and their history, refunds, Idempotency-Keys, API keys
 * (not when each was last used), portal users (not their failed-login counters), reconciliation runs and
 * payment re-checks.
 *
 * <p>Deliberately not compared: the gateway-notification inbox and its replay guard (a refused
 * notification is stored as REJECTED — a record of the attempt, not a change of anything it claims), the
 * audit log and login sources (records of attempts), sessions.
 */
final class KasirState {

    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("payments", "SELECT * FROM payments ORDER BY id");
        TABLES.put("payment timeline", "SELECT * FROM payment_events ORDER BY id");
        TABLES.put("payouts", "SELECT * FROM payouts ORDER BY id");
        TABLES.put("payout events", "SELECT * FROM payout_events ORDER BY id");
        TABLES.put("outbox", "SELECT id, event_id, type, subject, payload, created_at FROM merchant_notifications ORDER BY id");
        TABLES.put("ops exceptions", "SELECT * FROM ops_exceptions ORDER BY id");
        TABLES.put("ops exception history", "SELECT * FROM ops_exception_history ORDER BY 1");
        TABLES.put("refunds", "SELECT * FROM refunds ORDER BY id");
        TABLES.put("idempotency keys", "SELECT * FROM idempotency_keys ORDER BY 1, 2");
        TABLES.put("api keys", "SELECT id, name, prefix, key_hash, created_at, revoked_at FROM api_keys ORDER BY id");
        TABLES.put("users", "SELECT id, username, password_hash, enabled FROM users ORDER BY id");
        TABLES.put("reconciliation runs", "SELECT * FROM reconciliation_runs ORDER BY 1");
        TABLES.put("payment rechecks", "SELECT * FROM payment_rechecks ORDER BY 1");
    }

    private final Map<String, List<String>> rows;

    private KasirState(Map<String, List<String>> rows) {
        this.rows = rows;
    }

    static KasirState of(JdbcTemplate jdbc) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        TABLES.forEach((name, sql) -> rows.put(name, jdbc.queryForList(sql).stream().map(Object::toString).toList()));
        return new KasirState(rows);
    }

    /** Rows added, removed or changed since {@code before}, per table ("payments: 1 added"); empty when none. */
    List<String> changesSince(KasirState before) {
        List<String> changes = new ArrayList<>();
        rows.forEach((table, now) -> {
            List<String> then = before.rows.get(table);
            Set<String> gone = new HashSet<>(then);
            now.forEach(gone::remove);
            Set<String> fresh = new HashSet<>(now);
            then.forEach(fresh::remove);
            if (!gone.isEmpty() || !fresh.isEmpty()) {
                changes.add(table + ": " + then.size() + " rows -> " + now.size() + ", new or changed " + fresh);
            }
        });
        return changes;
    }

    /** Row counts, for the test's output. */
    String counts() {
        StringBuilder out = new StringBuilder();
        rows.forEach((table, r) -> out.append(out.isEmpty() ? "" : ", ").append(table).append(' ').append(r.size()));
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KasirState state && state.rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }
}
