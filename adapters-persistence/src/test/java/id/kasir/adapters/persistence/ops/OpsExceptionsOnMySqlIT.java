package id.kasir.adapters.persistence.ops;

import id.kasir.adapters.persistence.testing.OnMySql;

@OnMySql
class OpsExceptionsOnMySqlIT extends OpsExceptionsContract {
}
