package id.kasir.adapters.persistence.audit;

import id.kasir.adapters.persistence.testing.OnH2;

@OnH2
class AuditTrailOnH2IT extends AuditTrailContract {
}
