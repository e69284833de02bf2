package id.kasir.domain.audit;

import java.time.Instant;
import java.util.List;

/**
 * Filters of the audit log; each is optional (null or empty: not filtered). Newest first, by id.
 *
 * @param who       the actor's name exactly (a username, a gateway, a job), whatever its kind
 * @param action    an action ({@code payment.cancel}) or a family of them ({@code login} finds {@code login} and
 *                  every {@code login.*})
 * @param from      inclusive lower bound of the time
 * @param to        exclusive upper bound of the time
 * @param targets   what the action was on: any of these exactly (e.g. a payment id and the order id typed for it)
 * @param beforeId  keyset cursor: only entries with a smaller id (the last id of the page before)
 * @param limit     1 to {@link #MAX_LIMIT}
 */
public record AuditSearch(String who, String action, Instant from, Instant to, List<String> targets, Long beforeId,
                          int limit) {

    public static final int MAX_LIMIT = 500;

    public AuditSearch {
        if (limit <= 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        who = blankToNull(who);
        action = blankToNull(action);
        targets = targets == null ? List.of() : targets.stream().filter(t -> t != null && !t.isBlank())
                .map(String::strip).distinct().toList();
    }

    /** Whether an entry passes every filter but the cursor: the rule the database query follows too. */
    public boolean matches(AuditEntry entry) {
        return (who == null || who.equals(entry.actor().name()))
                && (action == null || action.equals(entry.action()) || entry.action().startsWith(action + "."))
                && (from == null || !entry.at().isBefore(from))
                && (to == null || entry.at().isBefore(to))
                && (targets.isEmpty() || targets.contains(entry.target()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
