package id.kasir.domain.payout;

import java.time.Instant;

/**
 * Filters for finding payouts; every field is optional. {@code after} is the cursor of the page before
 * (keyset pagination, newest first); {@code limit} is 1 to 500. {@code createdFrom} is inclusive,
 * {@code createdTo} exclusive.
 */
public record PayoutSearch(
        PayoutStatus status,
        EwalletChannel channel,
        Instant createdFrom,
        Instant createdTo,
        String reference,
        String customerNumber,
        String after,
        int limit) {

    public static final int MAX_LIMIT = 500;

    public PayoutSearch {
        if (limit <= 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        reference = blankToNull(reference);
        customerNumber = blankToNull(customerNumber);
        after = blankToNull(after);
    }

    public static PayoutSearch all(int limit) {
        return new PayoutSearch(null, null, null, null, null, null, null, limit);
    }

    public PayoutSearch after(String cursor) {
        return new PayoutSearch(status, channel, createdFrom, createdTo, reference, customerNumber, cursor, limit);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
