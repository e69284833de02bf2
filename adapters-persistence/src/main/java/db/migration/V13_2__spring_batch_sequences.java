package db.migration;

import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 13: Spring Batch's three id generators, which differ by database: H2 gets sequences (Spring
 * Batch's schema-h2.sql), MySQL and MariaDB get one-row tables (its schema-mysql.sql, read with
 * LAST_INSERT_ID). The rest of the job repository is in V13_1 and is the same on both.
 */
public class V13_2__spring_batch_sequences extends BaseJavaMigration {

    private static final List<String> SEQUENCES =
            List.of("BATCH_STEP_EXECUTION_SEQ", "BATCH_JOB_EXECUTION_SEQ", "BATCH_JOB_INSTANCE_SEQ");

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        boolean h2 = product.toUpperCase(java.util.Locale.ROOT).contains("H2");
        try (Statement sql = context.getConnection().createStatement()) {
            for (String name : SEQUENCES) {
                if (h2) {
                    sql.execute("CREATE SEQUENCE " + name);
                } else {
                    sql.execute("CREATE TABLE " + name + " (ID BIGINT NOT NULL, UNIQUE_KEY CHAR(1) NOT NULL, "
                            + "CONSTRAINT " + name + "_UN UNIQUE (UNIQUE_KEY)) ENGINE = InnoDB");
                    sql.execute("INSERT INTO " + name + " (ID, UNIQUE_KEY) VALUES (0, '0')");
                }
            }
        }
    }
}
