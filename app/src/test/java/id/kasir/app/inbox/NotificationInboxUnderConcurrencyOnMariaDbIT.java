package id.kasir.app.inbox;

import id.kasir.testsupport.MySqlTestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** {@link NotificationInboxUnderConcurrency} on this test JVM's own MySQL/MariaDB database ({@link MySqlTestDatabase}). */
class NotificationInboxUnderConcurrencyOnMariaDbIT extends NotificationInboxUnderConcurrency {

    @BeforeAll
    static void startOnMariaDb() {
        MySqlTestDatabase database = MySqlTestDatabase.get().emptied();
        kasir = start("spring.datasource.url=" + database.url(), "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password());
    }
}
