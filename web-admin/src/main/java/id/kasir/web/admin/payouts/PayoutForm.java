package id.kasir.web.admin.payouts;

import static id.kasir.web.admin.portal.FormValues.blankToNull;

import id.kasir.domain.money.Money;
import id.kasir.domain.payout.EwalletChannel;
import id.kasir.domain.payout.NewPayout;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The new-payout form as typed: first the account (channel, number, amount) for the inquiry, then the
 * reference and the expected name for the request. Amounts are whole rupiah, {@code 50000} or {@code 50.000}.
 */
public record PayoutForm(String channel, String customerNumber, String amount, String reference, String expectedName) {

    public PayoutForm {
        channel = blankToNull(channel);
        customerNumber = blankToNull(customerNumber);
        amount = blankToNull(amount);
        reference = blankToNull(reference);
        expectedName = blankToNull(expectedName);
    }

    public static PayoutForm empty() {
        return new PayoutForm("DANA", null, null, null, null);
    }

    /** @throws IllegalArgumentException with a message for people */
    EwalletChannel channelValue() {
        try {
            return EwalletChannel.valueOf(channel == null ? "" : channel.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Choose an e-wallet: DANA, OVO, GOPAY or SHOPEEPAY");
        }
    }

    /** @throws IllegalArgumentException with a message for people */
    Money amountValue() {
        String digits = amount == null ? "" : amount.replace(" ", "");
        if (digits.matches("\\d{1,3}(\\.\\d{3})+")) {
            digits = digits.replace(".", "");
        }
        if (!digits.matches("\\d{1,16}")) {
            throw new IllegalArgumentException("The amount is whole rupiah, like 50000 or 50.000");
        }
        return NewPayout.rupiah(new BigDecimal(digits));
    }

    /** @throws IllegalArgumentException with the domain's message */
    NewPayout toNewPayout() {
        return new NewPayout(reference, channelValue(), customerNumber, amountValue(), expectedName);
    }
}
