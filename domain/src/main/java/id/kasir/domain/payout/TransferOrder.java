package id.kasir.domain.payout;

import id.kasir.domain.money.Money;
import java.util.Objects;

/**
 * One transfer to send (Cash In service 38). {@code partnerReferenceNo} is the payout's own, the same on
 * every attempt: the gateway refuses a second transfer under it, which is what makes "exactly once" hold.
 */
public record TransferOrder(PayoutId payoutId, String partnerReferenceNo, EwalletChannel channel,
                            String customerNumber, Money amount, int attempt) {
    public TransferOrder {
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(partnerReferenceNo, "partnerReferenceNo");
        Objects.requireNonNull(channel, "channel");
        CustomerNumber.require(customerNumber);
        Objects.requireNonNull(amount, "amount");
    }
}
