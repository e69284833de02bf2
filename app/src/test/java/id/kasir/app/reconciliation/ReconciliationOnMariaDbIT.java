package id.kasir.app.reconciliation;

import id.kasir.app.e2e.EmbeddedKasir;
import id.kasir.testsupport.MySqlTestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@link ReconciliationEndToEnd} on this test JVM's MariaDB database ({@link MySqlTestDatabase}), which other
 * test classes of the JVM use too: after Kasir has started (and Flyway migrated), the tables this test
 * reads are emptied, so each test sees only its own payments and runs.
 */
class ReconciliationOnMariaDbIT extends ReconciliationEndToEnd {

    private static final String[] TABLES = {"reconciliation_items", "reconciliation_runs", "payment_rechecks",
            "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
            "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE", "merchant_notifications",
            "payment_events", "payments", "gateway_notifications", "notification_message_ids", "ops_exceptions",
            "shedlock"};

    @Override
    protected String[] freshDatabase() {
        MySqlTestDatabase database = MySqlTestDatabase.get();
        return new String[] {database.url(), "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password()};
    }

    @Override
    protected EmbeddedKasir startKasir(String... extra) {
        EmbeddedKasir started = super.startKasir(extra);
        try (Connection connection = MySqlTestDatabase.get().connect(); Statement sql = connection.createStatement()) {
            sql.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : TABLES) {
                sql.execute("DELETE FROM " + table);
            }
            sql.execute("SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            started.close();
            throw new IllegalStateException("could not empty the test tables", e);
        }
        return started;
    }
}
