package id.kasir.adapters.persistence.payout;

import id.kasir.adapters.persistence.testing.OnH2;

@OnH2
class PayoutsOnH2IT extends PayoutsContract {
}
