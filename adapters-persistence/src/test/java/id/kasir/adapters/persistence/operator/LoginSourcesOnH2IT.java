package id.kasir.adapters.persistence.operator;

import id.kasir.adapters.persistence.testing.OnH2;

@OnH2
class LoginSourcesOnH2IT extends LoginSourcesContract {
}
