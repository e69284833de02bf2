package id.kasir.adapters.persistence.payout;

import id.kasir.adapters.persistence.testing.OnMySql;

@OnMySql
class PayoutsOnMySqlIT extends PayoutsContract {
}
