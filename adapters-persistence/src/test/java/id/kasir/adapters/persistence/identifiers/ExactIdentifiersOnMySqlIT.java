package id.kasir.adapters.persistence.identifiers;

import id.kasir.adapters.persistence.testing.OnMySql;

@OnMySql
class ExactIdentifiersOnMySqlIT extends ExactIdentifiersContract {
}
