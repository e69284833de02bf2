package id.kasir.adapters.persistence.audit;

import id.kasir.adapters.persistence.testing.OnMySql;

@OnMySql
class AuditTrailOnMySqlIT extends AuditTrailContract {
}
