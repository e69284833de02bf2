package id.kasir.adapters.persistence.operator;

import id.kasir.adapters.persistence.testing.OnMySql;

@OnMySql
class PaymentTotalsOnMySqlIT extends PaymentTotalsContract {
}
