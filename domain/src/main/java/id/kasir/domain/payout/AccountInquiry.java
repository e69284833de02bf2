package id.kasir.domain.payout;

import id.kasir.domain.money.Money;
import java.util.Objects;

/**
 * An account inquiry (Cash In service 37): who holds this e-wallet account, for a transfer of this
 * amount. {@code partnerReferenceNo} is mandatory in the gateway's body; each inquiry has its own.
 */
public record AccountInquiry(String partnerReferenceNo, EwalletChannel channel, String customerNumber, Money amount) {
    public AccountInquiry {
        Objects.requireNonNull(partnerReferenceNo, "partnerReferenceNo");
        Objects.requireNonNull(channel, "channel");
        CustomerNumber.require(customerNumber);
        Objects.requireNonNull(amount, "amount");
    }
}
