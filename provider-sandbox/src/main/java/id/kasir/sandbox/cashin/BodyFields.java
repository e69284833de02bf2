package id.kasir.sandbox.cashin;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads and checks request body fields the way Cash In's tables describe them. A bad field throws
 * {@link Invalid}, telling a missing mandatory field (SNAP case 02) from a malformed one (case 01).
 */
final class BodyFields {

    private static final Pattern SNAP_AMOUNT = Pattern.compile("\\d{1,16}\\.00");

    private BodyFields() {
    }

    static final class Invalid extends RuntimeException {
        private final boolean missing;

        Invalid(boolean missing, String message) {
            super(message, null, false, false);
            this.missing = missing;
        }

        boolean missing() {
            return missing;
        }
    }

    static JsonNode parseObject(String body) {
        try {
            JsonNode node = GatewayAnswer.JSON.readTree(body == null ? "" : body);
            if (node == null || !node.isObject()) {
                throw new Invalid(false, "Invalid Field Format body: not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new Invalid(false, "Invalid Field Format body: not JSON");
        }
    }

    static String text(JsonNode parent, String name, int maxLength) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull() || (node.isString() && node.stringValue().isBlank())) {
            throw new Invalid(true, "Invalid Mandatory Field " + name);
        }
        if (!node.isString() || node.stringValue().length() > maxLength) {
            throw new Invalid(false, "Invalid Field Format " + name);
        }
        return node.stringValue();
    }

    /** The text, or null when absent, null or blank. */
    static String optionalText(JsonNode parent, String name, int maxLength) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull() || (node.isString() && node.stringValue().isBlank())) {
            return null;
        }
        return text(parent, name, maxLength);
    }

    static JsonNode object(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            throw new Invalid(true, "Invalid Mandatory Field " + name);
        }
        if (!node.isObject()) {
            throw new Invalid(false, "Invalid Field Format " + name);
        }
        return node;
    }

    /** A JSON number that is a whole number of rupiah. */
    static long wholeNumber(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            throw new Invalid(true, "Invalid Mandatory Field " + name);
        }
        if (!node.isNumber()) {
            throw new Invalid(false, "Invalid Field Format " + name + ": must be a number");
        }
        BigDecimal value = node.decimalValue();
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw new Invalid(false, "Invalid Field Format " + name + ": must be a whole number");
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new Invalid(false, "Invalid Field Format " + name + ": too large");
        }
    }

    /** A SNAP money object {@code {"value":"10000.00","currency":"IDR"}}; the value in rupiah. */
    static long snapAmount(JsonNode parent, String name) {
        JsonNode money = object(parent, name);
        String value = text(money, "value", 19);
        if (!SNAP_AMOUNT.matcher(value).matches()) {
            throw new Invalid(false, "Invalid Field Format " + name + ".value: must end with .00");
        }
        String currency = text(money, "currency", 3);
        if (!"IDR".equals(currency)) {
            throw new Invalid(false, "Invalid Field Format " + name + ".currency");
        }
        return Long.parseLong(value.substring(0, value.length() - 3));
    }

    static String snapMoney(long rupiah) {
        return rupiah + ".00";
    }
}
