package id.kasir.adapters.persistence.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every persistence contract test shares: a clean set of tables before each test, so tests are
 * independent and re-runnable against the same server. Subclasses pick the database with
 * {@link OnH2} or {@link OnMySql}.
 */
public abstract class PersistenceContract {

    private static final String[] TABLES_CHILDREN_FIRST = {
            "payment_events", "payments", "payout_events", "payouts", "gateway_notifications", "ops_exception_history",
            "ops_exceptions", "refunds", "audit_log"};

    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeEach
    void startFromEmptyTables() {
        for (String table : TABLES_CHILDREN_FIRST) {
            jdbc.update("DELETE FROM " + table);
        }
    }
}
