package id.kasir.sandbox.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox's records in the host's database, in the sandbox's own table {@value #TABLE} (created here
 * if missing, outside the host's Flyway history, so nothing of Kasir's schema knows it): one row per
 * record, {@code (book, reference)} its key, the record itself as JSON. Works on H2 (MySQL mode) and
 * MySQL/MariaDB.
 *
 * <p>A record is updated in place, or inserted the first time; the gateway's lock on the order
 * serialises the writes of one record. A database error is logged with the book and reference only and
 * the sandbox goes on from memory: a simulated gateway must not fail a payment because of its own copy.
 */
public final class JdbcSandboxStore implements SandboxStore {

    static final String TABLE = "sandbox_order";

    private static final Log log = LogFactory.getLog(JdbcSandboxStore.class);

    private final DataSource dataSource;
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile boolean tableReady;

    public JdbcSandboxStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(String book, String reference, Instant createdAt, Object record) {
        String body = json.writeValueAsString(record);
        try (Connection connection = dataSource.getConnection()) {
            ensureTable(connection);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + TABLE + " SET record = ? WHERE book = ? AND reference = ?")) {
                update.setString(1, body);
                update.setString(2, book);
                update.setString(3, reference);
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + TABLE + " (book, reference, created_millis, record) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, book);
                insert.setString(2, reference);
                insert.setLong(3, createdAt.toEpochMilli());
                insert.setString(4, body);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            log.warn("The sandbox could not keep " + book + " " + reference + " in " + TABLE
                    + " (it stays in memory until the restart): " + e.getMessage());
        }
    }

    @Override
    public <T> List<T> load(String book, Class<T> type) {
        List<T> records = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            ensureTable(connection);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT reference, record FROM " + TABLE + " WHERE book = ? ORDER BY created_millis, reference")) {
                select.setString(1, book);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        read(book, rows.getString(1), rows.getString(2), type).ifPresent(records::add);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The sandbox cannot read its orders from " + TABLE + ": " + e.getMessage(), e);
        }
        return records;
    }

    private <T> Optional<T> read(String book, String reference, String body, Class<T> type) {
        try {
            return Optional.of(json.readValue(body, type));
        } catch (JacksonException e) {
            log.warn("The sandbox skips " + book + " " + reference + ": its record no longer reads as "
                    + type.getSimpleName() + " (" + e.getOriginalMessage() + ")");
            return Optional.empty();
        }
    }

    private void ensureTable(Connection connection) throws SQLException {
        if (tableReady) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " ("
                    + "book VARCHAR(20) NOT NULL, "
                    + "reference VARCHAR(100) NOT NULL, "
                    + "created_millis BIGINT NOT NULL, "
                    + "record MEDIUMTEXT NOT NULL, "
                    + "PRIMARY KEY (book, reference))");
        }
        tableReady = true;
    }
}
