package id.kasir.adapters.cashi;

import id.kasir.domain.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading Cashi's JSON leniently: its document shows amounts as numbers, but a string holding a number
 * is accepted too; anything that is not a JSON object is "unreadable", never an exception.
 */
final class CashiJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private CashiJson() {
    }

    static Optional<JsonNode> parseObject(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JacksonException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** A JSON string literal, for building request bodies by hand. */
    static String quote(String value) {
        return MAPPER.writeValueAsString(value);
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return Optional.empty();
        }
        String text = value.asString().trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** {@code success: false} is the only "no"; a missing flag is not. */
    static boolean saysFailure(JsonNode node) {
        JsonNode success = node.get("success");
        if (success == null || success.isNull()) {
            return false;
        }
        return success.isBoolean() ? !success.asBoolean() : "false".equalsIgnoreCase(success.asString().trim());
    }

    /** An amount in rupiah; empty when absent, not a number, negative or finer than the currency allows. */
    static Optional<Money> rupiah(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        try {
            BigDecimal amount = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString().trim());
            return Optional.of(Money.of(amount, Money.IDR));
        } catch (IllegalArgumentException | ArithmeticException notAnAmount) {
            return Optional.empty();
        }
    }

    /** The message a Cashi error answer carries, under whichever name it uses. */
    static Optional<String> errorMessage(JsonNode node) {
        return text(node, "message").or(() -> text(node, "error")).or(() -> text(node, "msg"));
    }

    static Optional<String> errorCode(JsonNode node) {
        return text(node, "code").or(() -> text(node, "error_code"));
    }
}
