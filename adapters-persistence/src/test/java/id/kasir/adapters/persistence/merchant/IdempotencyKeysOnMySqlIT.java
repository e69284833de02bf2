package id.kasir.adapters.persistence.merchant;

import id.kasir.adapters.persistence.testing.OnMySql;

@OnMySql
class IdempotencyKeysOnMySqlIT extends IdempotencyKeysContract {
}
