package id.kasir.adapters.cashin;

import id.kasir.domain.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON in and out for Cash In. Bodies are built as ordered maps and serialised once, compact, so the
 * string we sign is the string we send; answers are read leniently because the documents disagree
 * with themselves (strings or numbers, {@code data} wrapper or not, typos in field names).
 */
public final class CashInJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private CashInJson() {
    }

    public static String write(Map<String, ?> body) {
        return MAPPER.writeValueAsString(body);
    }

    public static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /** The parsed object, or empty when the text is not a JSON object. */
    public static Optional<JsonNode> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    /** The first of these fields that holds a non-blank scalar, trimmed (the documents' examples carry stray spaces). */
    public static Optional<String> text(JsonNode node, String... fields) {
        if (node == null) {
            return Optional.empty();
        }
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && value.isValueNode() && !value.isNull()) {
                String s = value.asString().trim();
                if (!s.isEmpty()) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An amount written as a string ({@code "10000.00"}) or a number ({@code 10000.00}, {@code 1000}),
     * bare or as {@code {value, currency}}. Empty when absent or not a valid amount.
     */
    public static Optional<Money> money(JsonNode amount) {
        if (amount == null || amount.isNull() || amount.isMissingNode()) {
            return Optional.empty();
        }
        JsonNode value = amount.isObject() ? amount.get("value") : amount;
        String currency = amount.isObject() ? text(amount, "currency").orElse("IDR") : "IDR";
        if (value == null || value.isNull() || !(value.isNumber() || value.isString())) {
            return Optional.empty();
        }
        try {
            BigDecimal number = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString().trim());
            return Optional.of(Money.of(number, Currency.getInstance(currency)));
        } catch (IllegalArgumentException | ArithmeticException notAnAmount) {
            return Optional.empty();
        }
    }
}
