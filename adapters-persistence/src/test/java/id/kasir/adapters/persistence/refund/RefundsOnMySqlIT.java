package id.kasir.adapters.persistence.refund;

import id.kasir.adapters.persistence.testing.OnMySql;

@OnMySql
class RefundsOnMySqlIT extends RefundsContract {
}
