package id.kasir.adapters.persistence.merchant;

import id.kasir.adapters.persistence.testing.OnMySql;

@OnMySql
class ApiKeysOnMySqlIT extends ApiKeysContract {
}
