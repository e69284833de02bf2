package id.kasir.adapters.persistence.payment;

import id.kasir.adapters.persistence.testing.OnMySql;

@OnMySql
class PaymentsOnMySqlIT extends PaymentsContract {
}
