package id.kasir.adapters.persistence.refund;

import id.kasir.adapters.persistence.testing.OnH2;

@OnH2
class RefundsOnH2IT extends RefundsContract {
}
