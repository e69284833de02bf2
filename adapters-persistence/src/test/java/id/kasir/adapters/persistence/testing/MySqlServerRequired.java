package id.kasir.adapters.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails (never skips) the MySQL-backed tests when the server cannot be reached, with one line that
 * says what to set, instead of a Spring context failure three screens long. Checked once per JVM.
 */
public class MySqlServerRequired implements BeforeAllCallback {

    static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/kasir_test?createDatabaseIfNotExist=true";

    private static volatile String unreachable;
    private static volatile boolean checked;

    @Override
    public void beforeAll(ExtensionContext context) {
        check();
        if (unreachable != null) {
            throw new IllegalStateException(unreachable);
        }
    }

    private static synchronized void check() {
        if (checked) {
            return;
        }
        checked = true;
        String url = env("KASIR_TEST_DB_URL", DEFAULT_URL);
        Properties properties = new Properties();
        properties.setProperty("user", env("KASIR_TEST_DB_USERNAME", "root"));
        properties.setProperty("password", env("KASIR_TEST_DB_PASSWORD", ""));
        properties.setProperty("connectTimeout", "3000");
        properties.setProperty("socketTimeout", "10000");
        try (Connection connection = DriverManager.getConnection(url, properties);
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("SELECT VERSION()")) {
            version.next();
            String server = version.getString(1);
            System.out.println("MySQL-backed persistence tests running against " + url + " ("
                    + (server.contains("MariaDB") ? "" : "MySQL ") + server + ")");
        } catch (SQLException e) {
            unreachable = "MySQL tests need a MySQL/MariaDB server: set KASIR_TEST_DB_URL (now " + url
                    + "), KASIR_TEST_DB_USERNAME, KASIR_TEST_DB_PASSWORD [" + e.getMessage().lines().findFirst()
                    .orElse("") + "]";
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
