package id.kasir.adapters.persistence.testing;

import id.kasir.testsupport.MySqlTestDatabase;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails (never skips) the MySQL-backed tests when the server cannot be reached, with one line that
 * says what to set, instead of a Spring context failure three screens long; otherwise publishes this
 * JVM's own database ({@link MySqlTestDatabase}) as system properties for {@link OnMySql} to read.
 * Runs before Spring builds the context.
 */
public class MySqlServerRequired implements BeforeAllCallback {

    static final String URL_PROPERTY = "kasir.test.mysql.url";
    static final String USERNAME_PROPERTY = "kasir.test.mysql.username";
    static final String PASSWORD_PROPERTY = "kasir.test.mysql.password";

    @Override
    public void beforeAll(ExtensionContext context) {
        MySqlTestDatabase database = MySqlTestDatabase.get();
        System.setProperty(URL_PROPERTY, database.url());
        System.setProperty(USERNAME_PROPERTY, database.username());
        System.setProperty(PASSWORD_PROPERTY, database.password());
    }
}
