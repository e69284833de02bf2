package id.kasir.adapters.persistence.merchant;

import id.kasir.adapters.persistence.testing.PersistenceContract;
import org.junit.jupiter.api.BeforeEach;

/** The shared contract base, plus emptying the merchant API's own tables before each test. */
abstract class MerchantTablesContract extends PersistenceContract {

    @BeforeEach
    void emptyMerchantTables() {
        for (String table : new String[] {"api_keys", "idempotency_keys", "merchant_notifications"}) {
            jdbc.update("DELETE FROM " + table);
        }
    }
}
