package id.kasir.domain.payout;

import java.util.regex.Pattern;

/**
 * An e-wallet account number: the customer's Indonesian mobile number in international form,
 * {@code 628…} (Cash In's e-money document: "Customer account number, in format 628xxx"). Indonesian
 * mobile numbers are 10 to 13 digits with their leading {@code 0}, so 11 to 14 digits as {@code 628…}.
 */
public final class CustomerNumber {

    private static final Pattern SHAPE = Pattern.compile("628[0-9]{8,11}");

    private CustomerNumber() {
    }

    /** @throws IllegalArgumentException naming the rule when the number is not {@code 628} and 8 to 11 more digits */
    public static String require(String number) {
        if (number == null || !SHAPE.matcher(number).matches()) {
            throw new IllegalArgumentException("customerNumber must be an Indonesian mobile number as 628 followed by "
                    + "8 to 11 digits (11 to 14 digits, no spaces or +), e.g. 6281234567890");
        }
        return number;
    }

    /** {@code 6281****7890}: enough to recognise it on a page, not enough to copy it. */
    public static String masked(String number) {
        if (number == null) {
            return "";
        }
        if (number.length() <= 8) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 4) + "****" + number.substring(number.length() - 4);
    }
}
