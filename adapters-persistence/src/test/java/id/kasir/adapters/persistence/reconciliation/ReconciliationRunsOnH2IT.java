package id.kasir.adapters.persistence.reconciliation;

import id.kasir.adapters.persistence.testing.OnH2;

@OnH2
class ReconciliationRunsOnH2IT extends ReconciliationRunsContract {
}
