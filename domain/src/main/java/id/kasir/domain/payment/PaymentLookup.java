package id.kasir.domain.payment;

import java.util.Locale;

/**
 * What an ops person typed into the portal's one search box, read every way it could identify a payment:
 * our payment id, the merchant's order id (exact, or the start of one, in any case), our reference (the
 * {@code K…} reference the gateways show, any case), the gateway's reference, or the customer's phone
 * number in any of its Indonesian forms ({@code 0812…}, {@code 62812…}, {@code +62 812-…}).
 *
 * <p>Rule (issue 16): ops type what they see on a customer's screen or a gateway's report, so every kind of
 * reference is tried at once and every payment that matches any of them is an answer.
 *
 * @param text        the query as typed, without surrounding spaces (never blank, at most 64 characters)
 * @param folded      {@code text} in lower case: compared with the stored {@link #orderKey(String)}
 * @param phoneKey    {@link #phoneKey(String)} of {@code text}, or null when it does not read as a phone number
 */
public record PaymentLookup(String text, String folded, String phoneKey) {

    /** The longest query worth running: an order id is at most 64 characters. */
    public static final int MAX_LENGTH = 64;

    public PaymentLookup {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A search needs 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** Reads a typed query; refuses a blank or over-long one with {@link IllegalArgumentException}. */
    public static PaymentLookup of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A search needs 1 to " + MAX_LENGTH + " characters");
        }
        return new PaymentLookup(text, orderKey(text), phoneKey(text));
    }

    /** {@code text} upper-cased: our references are upper case. */
    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /**
     * The pattern for "order ids starting with what was typed" over {@link #orderKey(String)}: {@code %}, {@code _}
     * and {@code \} typed by the user are escaped with {@code \} (the default LIKE escape of MySQL, MariaDB and H2).
     */
    public String orderPrefixPattern() {
        return folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The order id as the search compares it: lower case (locale-independent). */
    public static String orderKey(String orderId) {
        return orderId == null ? null : orderId.toLowerCase(Locale.ROOT);
    }

    /**
     * An Indonesian phone number reduced to its international digits without the plus: {@code 0812-3456-7890},
     * {@code 62 812 3456 7890} and {@code +6281234567890} all give {@code 6281234567890}. Spaces, dashes, dots and
     * brackets are ignored. Null when the text is not 8 to 15 digits after that (E.164 allows at most 15).
     */
    public static String phoneKey(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.strip().replaceAll("[\\s\\-.()]", "");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        } else if (digits.startsWith("0")) {
            digits = "62" + digits.substring(1);
        }
        if (!digits.matches("[0-9]{8,15}")) {
            return null;
        }
        return digits;
    }

    /** Whether a stored payment answers this lookup: the same rule as the database's query, for in-memory stores. */
    public boolean matches(PaymentState payment) {
        return payment.id().value().equalsIgnoreCase(text)
                || orderKey(payment.orderId()).startsWith(folded)
                || payment.reference().equalsIgnoreCase(text)
                || text.equals(payment.gatewayReference())
                || (phoneKey != null && payment.customer() != null
                        && phoneKey.equals(phoneKey(payment.customer().phone())));
    }
}
