package id.kasir.domain.common;

/** Small checks on text fields, named for the rule they hold. */
public final class Text {
    private Text() {
    }

    public static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return optional(value, field, maxLength);
    }

    public static String optional(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        return value == null || value.isBlank() ? null : value;
    }

    /** Refuses an identifier with an invisible or layout-changing character ({@link SafeText}); null passes. */
    public static String identifier(String value, String field) {
        SafeText.problemInIdentifier(value).ifPresent(problem -> {
            throw new IllegalArgumentException(field + " " + problem);
        });
        return value;
    }

    /** Refuses a free text with a control, separator, surrogate or bidirectional character ({@link SafeText}); null passes. */
    public static String freeText(String value, String field) {
        SafeText.problemInText(value).ifPresent(problem -> {
            throw new IllegalArgumentException(field + " " + problem);
        });
        return value;
    }
}
