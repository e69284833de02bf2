package id.kasir.adapters.persistence.reconciliation;

import id.kasir.adapters.persistence.testing.OnMySql;

@OnMySql
class ReconciliationRunsOnMySqlIT extends ReconciliationRunsContract {
}
