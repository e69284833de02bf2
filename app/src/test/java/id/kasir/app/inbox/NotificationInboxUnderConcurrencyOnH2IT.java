package id.kasir.app.inbox;

import org.junit.jupiter.api.BeforeAll;

/** {@link NotificationInboxUnderConcurrency} on the embedded default's database, H2 in MySQL mode. */
class NotificationInboxUnderConcurrencyOnH2IT extends NotificationInboxUnderConcurrency {

    @BeforeAll
    static void startOnH2() {
        kasir = start();
    }
}
