package id.kasir.sandbox.store;

import com.mysql.cj.jdbc.MysqlDataSource;
import id.kasir.testsupport.MySqlTestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** A {@link JdbcSandboxStore} on this test JVM's own MariaDB database, its table emptied first. */
public final class TestDatabaseStore {

    private TestDatabaseStore() {
    }

    public static DataSource dataSource() {
        MySqlTestDatabase database = MySqlTestDatabase.get();
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(database.url());
        dataSource.setUser(database.username());
        dataSource.setPassword(database.password());
        return dataSource;
    }

    /** A store on an empty {@value JdbcSandboxStore#TABLE} (each call a new store object on the same table: a restart). */
    public static JdbcSandboxStore emptied() {
        DataSource dataSource = dataSource();
        JdbcSandboxStore store = new JdbcSandboxStore(dataSource);
        store.load("none", Object.class); // creates the table if missing
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM " + JdbcSandboxStore.TABLE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return store;
    }

    public static JdbcSandboxStore sameTable() {
        return new JdbcSandboxStore(dataSource());
    }
}
