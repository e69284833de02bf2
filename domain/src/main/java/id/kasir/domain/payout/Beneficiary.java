package id.kasir.domain.payout;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who receives a payout: an e-wallet account, by its {@code 628…} number, and the name the gateway's
 * account inquiry confirmed (absent until the inquiry ran).
 */
public record Beneficiary(EwalletChannel channel, String customerNumber, String confirmedName) {
    private static final Pattern NUMBER = Pattern.compile("628[0-9]{6,13}");

    public Beneficiary {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(customerNumber, "customerNumber");
        if (!NUMBER.matcher(customerNumber).matches()) {
            throw new IllegalArgumentException("customerNumber must look like 628xxxxxxxxx");
        }
    }

    public Beneficiary confirmedAs(String name) {
        return new Beneficiary(channel, customerNumber, name);
    }

    public boolean isConfirmed() {
        return confirmedName != null && !confirmedName.isBlank();
    }
}
