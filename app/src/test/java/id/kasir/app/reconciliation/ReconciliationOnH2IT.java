package id.kasir.app.reconciliation;

import java.util.UUID;

/** {@link ReconciliationEndToEnd} on a fresh in-memory H2 database per test. */
class ReconciliationOnH2IT extends ReconciliationEndToEnd {

    @Override
    protected String[] freshDatabase() {
        return new String[] {"jdbc:h2:mem:recon-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"};
    }
}
