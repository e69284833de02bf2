package id.kasir.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, always at that currency's scale (IDR: 2 decimals, as the
 * database's {@code DECIMAL(19,2)} and the SNAP APIs' {@code "10000.00"} strings expect).
 *
 * <p>Money is never negative: a refund or a fee is a separate, positive amount with its own meaning.
 * Arithmetic across currencies is refused rather than silently converted, and an amount with more
 * decimals than the currency has is refused rather than rounded, because rounding money silently is
 * how rupiah go missing.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final Currency IDR = Currency.getInstance("IDR");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("Money cannot be negative: " + amount.toPlainString());
        }
        int scale = scaleOf(currency);
        try {
            amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    amount.toPlainString() + " has more than " + scale + " decimals for " + currency, e);
        }
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money idr(long rupiah) {
        return new Money(BigDecimal.valueOf(rupiah), IDR);
    }

    public static Money idr(String rupiah) {
        return new Money(new BigDecimal(rupiah), IDR);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    private static int scaleOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return Math.max(digits, 0);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** Subtracts; refuses a result below zero instead of producing negative money. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** The amount as a plain string at the currency's scale, e.g. {@code "10000.00"}. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    /** The amount in whole units, for gateways that take integers; refuses to drop a fraction. */
    public long toWholeUnits() {
        return amount.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
