package id.kasir.adapters.persistence.mybatis;

import java.sql.SQLException;

/**
 * MariaDB's "Record has changed since last read" (error 1020, {@code ER_CHECKREAD}): with
 * {@code innodb_snapshot_isolation=ON} — the default from MariaDB 11.6, so in the 11.8 LTS — an UPDATE of a
 * row another transaction changed after this one's snapshot fails with it instead of waiting and matching
 * nothing. For an optimistic update that is the same news as "0 rows: the version moved on" (someone
 * changed the aggregate first), so the caller reads again and re-judges; Spring does not translate the
 * code (it arrives as an uncategorized SQL exception, and became a 500). Found by issue 17's
 * webhook-racing-refresh test run with the variable on.
 */
public final class ChangedSinceRead {

    /** MariaDB's vendor code for ER_CHECKREAD. */
    static final int ER_CHECKREAD = 1020;

    private ChangedSinceRead() {
    }

    /** True when {@code failure} was caused, anywhere in its chain, by MariaDB's error 1020. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ER_CHECKREAD) {
                return true;
            }
        }
        return false;
    }
}
