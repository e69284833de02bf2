package id.kasir.domain.money;

import java.util.Currency;
import java.util.Objects;

/**
 * An amount as a gateway reported it, before anyone trusts it. A gateway adapter builds one from the
 * gateway's raw amount text and currency text with {@link #read(String, String)}; the payment decides
 * what it may do with it ({@code Payment.apply}: only {@link Present} in the payment's currency and equal
 * to the amount to pay can make a payment PAID).
 *
 * <ul>
 *   <li>{@link Present}: a valid, non-negative amount in a currency Kasir knows;</li>
 *   <li>{@link Missing}: the report has no amount (absent, null, empty);</li>
 *   <li>{@link Unreadable}: something is there but is not an amount by {@link ExternalNumber}'s policy;</li>
 *   <li>{@link OtherCurrency}: a currency code other than the one expected (or not a currency at all).</li>
 * </ul>
 */
public sealed interface ReportedAmount {

    /** Longest raw text kept for the timeline and ops; the rest is cut (a hostile value can be huge). */
    int MAX_RAW_KEPT = 40;

    record Present(Money money) implements ReportedAmount {
        public Present {
            Objects.requireNonNull(money, "money");
        }

        @Override
        public String describe() {
            return money.toString();
        }
    }

    record Missing() implements ReportedAmount {
        @Override
        public String describe() {
            return "no amount";
        }
    }

    /** @param raw the text as sent, cut to {@link #MAX_RAW_KEPT} characters */
    record Unreadable(String raw, ExternalNumber.Refusal refusal) implements ReportedAmount {
        public Unreadable {
            Objects.requireNonNull(refusal, "refusal");
            raw = cut(raw);
        }

        @Override
        public String describe() {
            return "unreadable amount '" + raw + "' (" + refusal.description() + ")";
        }
    }

    /** @param code the currency text as sent, cut to {@link #MAX_RAW_KEPT} characters */
    record OtherCurrency(String code, String rawAmount) implements ReportedAmount {
        public OtherCurrency {
            code = cut(code);
            rawAmount = cut(rawAmount);
        }

        @Override
        public String describe() {
            return "amount '" + rawAmount + "' in currency '" + code + "', not IDR";
        }
    }

    /** For people: the timeline and ops say exactly this. */
    String describe();

    Missing MISSING = new Missing();

    /** A known-good amount (from Kasir's own code or tests); {@code null} is {@link Missing}. */
    static ReportedAmount of(Money money) {
        return money == null ? MISSING : new Present(money);
    }

    /**
     * Reads a gateway's amount in rupiah.
     *
     * @param amountText   the amount exactly as the gateway wrote it (a JSON number's text or a string),
     *                     {@code null} when absent
     * @param currencyText the currency the gateway named, {@code null} when it names none (then IDR)
     */
    static ReportedAmount read(String amountText, String currencyText) {
        if (currencyText != null && !Money.IDR.getCurrencyCode().equals(currencyText)) {
            return new OtherCurrency(currencyText, amountText);
        }
        if (amountText == null || amountText.isEmpty()) {
            return MISSING;
        }
        Currency currency = Money.IDR;
        ExternalNumber.Reading reading = ExternalNumber.read(amountText, currency.getDefaultFractionDigits());
        if (reading instanceof ExternalNumber.Accepted accepted) {
            return new Present(Money.of(accepted.value(), currency));
        }
        return new Unreadable(amountText, ((ExternalNumber.Refused) reading).refusal());
    }

    /**
     * Reads a gateway's amount that a JSON reader already holds as a number (see
     * {@link ExternalNumber#readParsed(BigDecimal, int)}); {@code null} is missing.
     */
    static ReportedAmount readNumber(java.math.BigDecimal number, String currencyText) {
        String raw = number == null ? null : number.toString(); // toString never expands an exponent
        if (currencyText != null && !Money.IDR.getCurrencyCode().equals(currencyText)) {
            return new OtherCurrency(currencyText, raw);
        }
        if (number == null) {
            return MISSING;
        }
        ExternalNumber.Reading reading = ExternalNumber.readParsed(number, Money.IDR.getDefaultFractionDigits());
        if (reading instanceof ExternalNumber.Accepted accepted) {
            return new Present(Money.of(accepted.value(), Money.IDR));
        }
        return new Unreadable(raw, ((ExternalNumber.Refused) reading).refusal());
    }

    /** A number that could not be a number at all (e.g. a double that overflowed to infinity). */
    static ReportedAmount unreadable(String raw) {
        return new Unreadable(raw, ExternalNumber.Refusal.NOT_A_NUMBER);
    }

    /** The money, when this is a {@link Present} amount. */
    default java.util.Optional<Money> asMoney() {
        return this instanceof Present present ? java.util.Optional.of(present.money()) : java.util.Optional.empty();
    }

    private static String cut(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= MAX_RAW_KEPT ? text : text.substring(0, MAX_RAW_KEPT) + "…";
    }
}
