package id.kasir.adapters.payin;

import id.kasir.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading PayIn's JSON, which is loose about types: the document shows amounts as {@code "20000"},
 * {@code 20000.00} and {@code 2500.0000}, ids as strings and numbers. Floats are read as
 * {@link BigDecimal} so no rupiah is lost to a double.
 */
final class PayInJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private PayInJson() {
    }

    /** The JSON object in this text, or empty when it is not one. */
    static Optional<JsonNode> object(String text) {
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

    /** A field as text whether PayIn sent it as a string or a number; null when absent, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.isNumber() ? value.decimalValue().toPlainString() : value.asString();
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A decimal field, as a string or a number; empty when absent or not a number. */
    static Optional<BigDecimal> decimal(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        try {
            if (value.isNumber()) {
                return Optional.of(value.decimalValue());
            }
            String text = value.asString();
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException | JacksonException notANumber) {
            return Optional.empty();
        }
    }

    /** An amount as rupiah; empty when absent, unreadable, negative or finer than a sen (never rounded). */
    static Optional<Money> amount(JsonNode node, String field) {
        return decimal(node, field).flatMap(value -> {
            try {
                return Optional.of(Money.of(value, Money.IDR));
            } catch (IllegalArgumentException notMoney) {
                return Optional.empty();
            }
        });
    }

    /**
     * The gateway's fee. PayIn documents it as decimal(20,4); a fee is information about the gateway's
     * invoice, not money we collect, so a fraction of a sen is rounded half-up rather than dropping the fee.
     */
    static Optional<Money> fee(JsonNode node, String field) {
        return decimal(node, field).filter(value -> value.signum() >= 0)
                .map(value -> Money.of(value.setScale(2, RoundingMode.HALF_UP), Money.IDR));
    }
}
