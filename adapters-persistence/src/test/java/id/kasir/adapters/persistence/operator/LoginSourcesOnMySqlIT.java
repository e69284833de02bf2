package id.kasir.adapters.persistence.operator;

import id.kasir.adapters.persistence.testing.OnMySql;

@OnMySql
class LoginSourcesOnMySqlIT extends LoginSourcesContract {
}
