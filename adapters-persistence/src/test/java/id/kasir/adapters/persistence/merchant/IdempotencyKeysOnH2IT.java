package id.kasir.adapters.persistence.merchant;

import id.kasir.adapters.persistence.testing.OnH2;

@OnH2
class IdempotencyKeysOnH2IT extends IdempotencyKeysContract {
}
