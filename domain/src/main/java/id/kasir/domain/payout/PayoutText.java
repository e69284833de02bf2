package id.kasir.domain.payout;

/**
 * Checks on the text a requester gives a payout. Control, format (e.g. right-to-left override,
 * zero-width space), surrogate and line/paragraph separator characters are refused: they make two
 * references or names look alike in the portal, the audit log and CSV files.
 */
final class PayoutText {

    private PayoutText() {
    }

    static String requiredIdentifier(String value, String field, int maxLength) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(field + " must not start or end with spaces");
        }
        return checked(value, field, maxLength);
    }

    static String optionalName(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return checked(value.strip(), field, maxLength);
    }

    private static String checked(String value, String field, int maxLength) {
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        // By code point, so an emoji (a valid surrogate pair) passes and only a lone surrogate is refused.
        for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
            int type = Character.getType(value.codePointAt(i));
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                throw new IllegalArgumentException(field + " contains an invisible or control character at position "
                        + (i + 1));
            }
        }
        return value;
    }
}
