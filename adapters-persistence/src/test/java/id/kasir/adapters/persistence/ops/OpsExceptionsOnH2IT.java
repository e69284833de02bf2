package id.kasir.adapters.persistence.ops;

import id.kasir.adapters.persistence.testing.OnH2;

@OnH2
class OpsExceptionsOnH2IT extends OpsExceptionsContract {
}
