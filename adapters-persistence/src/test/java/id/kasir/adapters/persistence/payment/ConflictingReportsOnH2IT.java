package id.kasir.adapters.persistence.payment;

import id.kasir.adapters.persistence.testing.OnH2;

@OnH2
class ConflictingReportsOnH2IT extends ConflictingReportsContract {
}
