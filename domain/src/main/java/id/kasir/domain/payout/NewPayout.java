package id.kasir.domain.payout;

import id.kasir.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A payout as a requester asks for it, checked: the requester's own {@code reference} (unique, at most
 * 64 characters, no invisible characters, no surrounding spaces), the e-wallet, its {@code 628…} number,
 * the amount and, optionally, the name the requester expects the account to have.
 *
 * <p>The amount is rupiah only and whole: Cash In's e-money API takes {@code amount.value} "must be
 * ended with .00" and {@code amount.currency} IDR ({@code cashin-ewallet-transfer.txt}).
 */
public record NewPayout(String reference, EwalletChannel channel, String customerNumber, Money amount,
                        String expectedName) {

    public static final int REFERENCE_MAX_LENGTH = 64;

    public NewPayout {
        reference = PayoutText.requiredIdentifier(reference, "reference", REFERENCE_MAX_LENGTH);
        Objects.requireNonNull(channel, "channel");
        CustomerNumber.require(customerNumber);
        Objects.requireNonNull(amount, "amount");
        requireWholeRupiah(amount);
        expectedName = PayoutText.optionalName(expectedName, "expectedName", 128);
    }

    /** @throws IllegalArgumentException unless the amount is a positive, whole number of rupiah */
    public static Money requireWholeRupiah(Money amount) {
        if (!Money.IDR.equals(amount.currency())) {
            throw new IllegalArgumentException("amount must be in IDR: payouts are rupiah only");
        }
        if (amount.isZero()) {
            throw new IllegalArgumentException("amount must be more than zero");
        }
        if (amount.amount().setScale(0, RoundingMode.DOWN).compareTo(amount.amount()) != 0) {
            throw new IllegalArgumentException("amount must be a whole number of rupiah");
        }
        return amount;
    }

    /**
     * Reads an amount given as a decimal number (the merchant API's JSON number, the portal's field) as
     * whole rupiah, refusing before any arithmetic what would be costly to build: more than 16 integer
     * digits (SNAP's {@code amount.value} is at most 19 characters with its {@code .00}), or a fraction.
     * {@code 1e400} and {@code 1e-1000000000} are refused in microseconds, not expanded.
     */
    public static Money rupiah(BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException("amount is required");
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("amount must be more than zero");
        }
        if ((long) value.precision() - value.scale() > 16) {
            throw new IllegalArgumentException("amount is too large: at most 16 digits of rupiah");
        }
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw new IllegalArgumentException("amount must be a whole number of rupiah");
        }
        return requireWholeRupiah(Money.of(whole, Money.IDR));
    }

    public Beneficiary beneficiary() {
        return new Beneficiary(channel, customerNumber, null, expectedName);
    }
}
