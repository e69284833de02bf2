package id.kasir.app.e2e;

import id.kasir.testsupport.MySqlTestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** {@link MerchantApiEndToEnd} on this test JVM's own MySQL/MariaDB database ({@link MySqlTestDatabase}). */
class MerchantApiOnMariaDbIT extends MerchantApiEndToEnd {

    @BeforeAll
    static void startOnMariaDb() {
        MySqlTestDatabase database = MySqlTestDatabase.get().emptied();
        System.out.println("MerchantApiOnMariaDbIT runs against " + database.serverVersion());
        kasir = start("spring.datasource.url=" + database.url(), "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password());
    }
}
