package id.kasir.app.inbox;

import id.kasir.testsupport.MySqlTestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link NotificationInboxUnderConcurrency} on this test JVM's own MySQL/MariaDB database ({@link MySqlTestDatabase}),
 * with MariaDB's {@code innodb_snapshot_isolation} ON where the server has it: the default from MariaDB 11.6
 * (the 11.8 LTS), the stricter mode (an update of a row changed after the snapshot fails instead of waiting),
 * so the races here are proven in it. The other MariaDB tests run in the server's default.
 */
class NotificationInboxUnderConcurrencyOnMariaDbIT extends NotificationInboxUnderConcurrency {

    @BeforeAll
    static void startOnMariaDb() throws SQLException {
        MySqlTestDatabase database = MySqlTestDatabase.get().emptied();
        String url = database.url();
        if (hasSnapshotIsolation(database)) {
            url += (url.contains("?") ? "&" : "?") + "sessionVariables=innodb_snapshot_isolation=ON";
        }
        System.out.println("NotificationInboxUnderConcurrencyOnMariaDbIT runs against " + database.serverVersion()
                + " at " + url);
        kasir = start("spring.datasource.url=" + url, "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password());
    }

    private static boolean hasSnapshotIsolation(MySqlTestDatabase database) throws SQLException {
        try (Connection connection = database.connect();
             ResultSet variable = connection.createStatement()
                     .executeQuery("SHOW VARIABLES LIKE 'innodb_snapshot_isolation'")) {
            return variable.next();
        }
    }
}
