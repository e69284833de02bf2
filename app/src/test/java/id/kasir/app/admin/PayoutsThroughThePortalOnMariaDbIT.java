package id.kasir.app.admin;

import id.kasir.testsupport.MySqlTestDatabase;

/** The same payouts end to end on this JVM's own MySQL/MariaDB database ({@link MySqlTestDatabase}). */
class PayoutsThroughThePortalOnMariaDbIT extends PayoutsThroughThePortal {

    @Override
    String[] extraProperties() {
        MySqlTestDatabase database = MySqlTestDatabase.get().emptied();
        return new String[]{"spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password()};
    }
}
