package id.kasir.domain.payout;

import id.kasir.domain.money.Money;
import java.time.Instant;

/** Everything a payout holds, as one value for the repository. */
public record PayoutState(
        PayoutId id,
        String reference,
        Beneficiary beneficiary,
        Money amount,
        String maker,
        String checker,
        PayoutStatus status,
        String statusReason,
        String gatewayReference,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
