package id.kasir.domain.payout;

import id.kasir.domain.common.Text;
import java.util.Objects;

/**
 * Who receives a payout: an e-wallet account by its {@code 628…} number, the name the gateway's account
 * inquiry confirmed for it, and the name the requester expected (optional). Both names are kept, so the
 * approver sees a mismatch and the timeline can explain what was approved.
 *
 * @param confirmedName the account holder as the gateway named it (at most 255 characters, as Cash In's
 *                      {@code customerName}); absent only before the inquiry
 * @param expectedName  the name the requester expected, at most 128 characters; absent when not given
 */
public record Beneficiary(EwalletChannel channel, String customerNumber, String confirmedName, String expectedName) {

    public Beneficiary {
        Objects.requireNonNull(channel, "channel");
        CustomerNumber.require(customerNumber);
        confirmedName = Text.optional(confirmedName == null ? null : confirmedName.strip(), "confirmedName", 255);
        expectedName = PayoutText.optionalName(expectedName, "expectedName", 128);
    }

    public Beneficiary confirmedAs(String name) {
        return new Beneficiary(channel, customerNumber, name, expectedName);
    }

    public boolean isConfirmed() {
        return confirmedName != null;
    }

    public NameCheck nameCheck() {
        if (expectedName == null || confirmedName == null) {
            return NameCheck.NOT_GIVEN;
        }
        return PersonName.same(confirmedName, expectedName) ? NameCheck.MATCHES : NameCheck.DIFFERS;
    }

    public String maskedNumber() {
        return CustomerNumber.masked(customerNumber);
    }
}
