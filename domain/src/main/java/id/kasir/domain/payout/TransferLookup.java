package id.kasir.domain.payout;

import id.kasir.domain.money.Money;
import java.util.Objects;

/** What a transfer status query (Cash In service 39) needs: our reference, and the amount to compare. */
public record TransferLookup(PayoutId payoutId, String partnerReferenceNo, Money amount) {
    public TransferLookup {
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(partnerReferenceNo, "partnerReferenceNo");
        Objects.requireNonNull(amount, "amount");
    }
}
