package id.kasir.adapters.cashi;

import id.kasir.domain.money.ExternalNumber;
import id.kasir.domain.money.Money;
import id.kasir.domain.money.ReportedAmount;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading Cashi's JSON leniently: its document shows amounts as numbers, but a string holding a number
 * is accepted too; anything that is not a JSON object is "unreadable", never an exception.
 */
final class CashiJson {

    /**
     * Floats are read as BigDecimal (never a double that overflows), and a number token longer than
     * {@link ExternalNumber#MAX_TOKEN_LENGTH} makes the body unreadable: no number from Cashi is ever expanded.
     */
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNumberLength(ExternalNumber.MAX_TOKEN_LENGTH).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // A key twice ("amount":"1.00","amount":20000.00) is ambiguous: refused, never "the last one wins".
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

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
        String text = value.isNumber() ? numberText(value) : value.asString().trim();
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
        return reported(node, field).asMoney();
    }

    /**
     * The currency a Cashi message names beside its amount, or null when it names none (Cashi's documents give
     * amounts in rupiah without a currency field). A currency it does name is honoured, never ignored: a "paid"
     * in {@code "currency":"USD"} is another currency, not rupiah.
     */
    static String namedCurrency(JsonNode node) {
        JsonNode currency = node == null ? null : node.get("currency");
        if (currency == null || currency.isNull()) {
            return null;
        }
        return currency.isString() ? currency.asString() : currency.toString();
    }

    /**
     * An amount as Cashi reported it (rupiah; Cashi names no currency), by the one number policy
     * ({@link ExternalNumber}): present, missing or unreadable — {@code "1e999999999"} is refused unexpanded.
     */
    static ReportedAmount reported(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return ReportedAmount.MISSING;
        }
        if (value.isNumber()) {
            return ReportedAmount.readNumber(value.decimalValue(), namedCurrency(node));
        }
        if (!value.isString()) {
            return ReportedAmount.unreadable(value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return ReportedAmount.read(value.asString(), namedCurrency(node));
    }

    /** A number's text without expanding it: plain when short, else BigDecimal's scientific form. */
    private static String numberText(JsonNode value) {
        BigDecimal number = value.decimalValue();
        return Math.abs((long) number.scale()) <= ExternalNumber.MAX_TOKEN_LENGTH ? number.toPlainString()
                : number.toString();
    }

    /** The message a Cashi error answer carries, under whichever name it uses. */
    static Optional<String> errorMessage(JsonNode node) {
        return text(node, "message").or(() -> text(node, "error")).or(() -> text(node, "msg"));
    }

    static Optional<String> errorCode(JsonNode node) {
        return text(node, "code").or(() -> text(node, "error_code"));
    }
}
