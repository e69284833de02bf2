package id.kasir.adapters.payin;

import id.kasir.domain.money.ExternalNumber;
import id.kasir.domain.money.Money;
import id.kasir.domain.money.ReportedAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading PayIn's JSON, which is loose about types: the document shows amounts as {@code "20000"},
 * {@code 20000.00} and {@code 2500.0000}, ids as strings and numbers. Floats are read as
 * {@link BigDecimal} so no rupiah is lost to a double. Every number from PayIn goes through the domain's
 * one policy ({@link ExternalNumber}): a number token longer than {@link ExternalNumber#MAX_TOKEN_LENGTH}
 * makes the body unreadable, and no number is ever expanded ({@code 1e10000000} is refused from its
 * precision and scale, never written out).
 */
final class PayInJson {

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNumberLength(ExternalNumber.MAX_TOKEN_LENGTH).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // A key twice ("amount":"1.00","amount":20000.00) is ambiguous: refused, never "the last one wins".
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
        String text = value.isNumber() ? numberText(value) : value.asString();
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A number's text without expanding it: plain when short, else BigDecimal's scientific form. */
    private static String numberText(JsonNode value) {
        BigDecimal number = value.decimalValue();
        return Math.abs((long) number.scale()) <= ExternalNumber.MAX_TOKEN_LENGTH ? number.toPlainString()
                : number.toString();
    }

    /** A decimal field, as a string or a number, by the one number policy; empty when absent or refused. */
    static Optional<BigDecimal> decimal(JsonNode node, String field, int maxFractionDigits) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return Optional.empty();
        }
        ExternalNumber.Reading reading = value.isNumber()
                ? ExternalNumber.readParsed(value.decimalValue(), maxFractionDigits)
                : ExternalNumber.read(value.asString(), maxFractionDigits);
        return reading instanceof ExternalNumber.Accepted accepted ? Optional.of(accepted.value()) : Optional.empty();
    }

    /**
     * The currency a PayIn message names beside its amount, or null when it names none (PayIn's documents give
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

    /** An amount as PayIn reported it (rupiah; PayIn names no currency): present, missing or unreadable. */
    static ReportedAmount reported(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return ReportedAmount.MISSING;
        }
        if (value.isNumber()) {
            return ReportedAmount.readNumber(value.decimalValue(), namedCurrency(node));
        }
        if (!value.isString()) {
            return ReportedAmount.unreadable(value.getNodeType().name().toLowerCase());
        }
        return ReportedAmount.read(value.asString(), namedCurrency(node));
    }

    /** An amount as rupiah; empty when absent, unreadable, negative or finer than a sen (never rounded). */
    static Optional<Money> amount(JsonNode node, String field) {
        return reported(node, field).asMoney();
    }

    /**
     * The gateway's fee. PayIn documents it as decimal(20,4); a fee is information about the gateway's
     * invoice, not money we collect, so a fraction of a sen is rounded half-up rather than dropping the fee.
     */
    static Optional<Money> fee(JsonNode node, String field) {
        return decimal(node, field, 4)
                .map(value -> Money.of(value.setScale(2, RoundingMode.HALF_UP), Money.IDR));
    }
}
