package id.kasir.app.e2e;

import org.junit.jupiter.api.BeforeAll;

/** {@link MerchantApiEndToEnd} on the embedded default's database, H2 in MySQL mode. */
class MerchantApiOnH2IT extends MerchantApiEndToEnd {

    @BeforeAll
    static void startOnH2() {
        kasir = start();
    }
}
