package id.kasir.adapters.persistence.identifiers;

import id.kasir.adapters.persistence.testing.OnH2;

@OnH2
class ExactIdentifiersOnH2IT extends ExactIdentifiersContract {
}
