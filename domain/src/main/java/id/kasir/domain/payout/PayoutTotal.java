package id.kasir.domain.payout;

import id.kasir.domain.money.Money;
import java.util.Objects;

/** How many payouts of one status a filter matches, and their amounts added up. */
public record PayoutTotal(PayoutStatus status, long count, Money amount) {
    public PayoutTotal {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
    }
}
