package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 11: identifiers compare exactly on every database. MySQL's and MariaDB's default collations
 * compare case-insensitively, and even {@code utf8mb4_bin} is PAD SPACE ({@code 'INV-77 ' = 'INV-77'}),
 * so on those servers order ids, our references, gateway references, notification de-duplication keys,
 * message ids and API key prefixes get a binary NO PAD collation: {@code utf8mb4_nopad_bin} on MariaDB,
 * {@code utf8mb4_0900_bin} on MySQL 8 — decided here from the server's {@code VERSION()}, which is why this
 * migration is Java. H2 (MODE=MySQL) already compares exactly: nothing to do there.
 *
 * <p>Idempotency keys and API keys are stored as SHA-256 hex of the exact text, so they already differ
 * when the text differs.
 */
public class V15_11__exact_identifiers extends BaseJavaMigration {

    /** Table, column and its definition without collation, exactly as earlier migrations made it. */
    private record Column(String table, String name, String definition) {
    }

    private static final List<Column> IDENTIFIERS = List.of(
            new Column("payments", "order_id", "VARCHAR(64) NOT NULL"),
            new Column("payments", "reference", "VARCHAR(40) NOT NULL"),
            new Column("payments", "gateway_reference", "VARCHAR(64) NULL"),
            new Column("gateway_notifications", "dedup_key", "VARCHAR(191) NOT NULL"),
            new Column("gateway_notifications", "first_key", "VARCHAR(191) NULL"),
            new Column("gateway_notifications", "reference", "VARCHAR(191) NULL"),
            new Column("notification_message_ids", "message_id", "VARCHAR(100) NOT NULL"),
            new Column("notification_message_ids", "dedup_key", "VARCHAR(191) NOT NULL"),
            new Column("api_keys", "prefix", "VARCHAR(40) NOT NULL"),
            new Column("payouts", "reference", "VARCHAR(64) NOT NULL"),
            new Column("payouts", "partner_reference_no", "VARCHAR(64) NOT NULL"),
            new Column("payouts", "gateway_reference", "VARCHAR(64) NULL"));

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (!product.contains("mysql") && !product.contains("mariadb")) {
            return;
        }
        String collation = collationFor(version(connection));
        try (Statement statement = connection.createStatement()) {
            for (Column column : IDENTIFIERS) {
                statement.execute("ALTER TABLE " + column.table() + " MODIFY " + column.name() + " "
                        + withCollation(column.definition(), collation));
            }
        }
    }

    /** {@code utf8mb4_nopad_bin} on MariaDB, {@code utf8mb4_0900_bin} on MySQL: both binary and NO PAD. */
    static String collationFor(String serverVersion) {
        return serverVersion.toLowerCase(Locale.ROOT).contains("mariadb") ? "utf8mb4_nopad_bin" : "utf8mb4_0900_bin";
    }

    private static String withCollation(String definition, String collation) {
        int space = definition.indexOf(' ');
        return definition.substring(0, space) + " CHARACTER SET utf8mb4 COLLATE " + collation + definition.substring(space);
    }

    private static String version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT VERSION()")) {
            return result.next() ? result.getString(1) : "";
        }
    }
}
