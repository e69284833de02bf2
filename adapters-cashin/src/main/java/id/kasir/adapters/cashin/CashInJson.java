package id.kasir.adapters.cashin;

import id.kasir.domain.money.ExternalNumber;
import id.kasir.domain.money.Money;
import id.kasir.domain.money.ReportedAmount;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON in and out for Cash In. Bodies are built as ordered maps and serialised once, compact, so the
 * string we sign is the string we send; answers are read leniently because the documents disagree
 * with themselves (strings or numbers, {@code data} wrapper or not, typos in field names).
 */
public final class CashInJson {

    /**
     * Floats are read as BigDecimal (never a double that overflows to infinity), and a number token longer
     * than {@link ExternalNumber#MAX_TOKEN_LENGTH} makes the body unreadable: no number from Cash In is
     * ever expanded.
     */
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNumberLength(ExternalNumber.MAX_TOKEN_LENGTH).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // A key twice ({"currency":"USD","currency":"IDR"}) is ambiguous: refused, never "the last one wins".
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

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
                String s = value.isNumber() ? numberText(value) : value.asString().trim();
                if (!s.isEmpty()) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An amount written as a string ({@code "10000.00"}) or a number ({@code 10000.00}, {@code 1000}),
     * bare or as {@code {value, currency}}, read by the one number policy ({@link ExternalNumber}). Empty when
     * absent or not a valid amount; a valid amount in another ISO currency is that money (the caller compares
     * currencies).
     */
    public static Optional<Money> money(JsonNode amount) {
        if (amount == null || amount.isNull() || amount.isMissingNode()) {
            return Optional.empty();
        }
        JsonNode value = amount.isObject() ? amount.get("value") : amount;
        String currency = amount.isObject() ? text(amount, "currency").orElse(NO_CURRENCY) : NO_CURRENCY;
        Optional<BigDecimal> number = number(value);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Money.of(number.get(), Currency.getInstance(currency)));
        } catch (IllegalArgumentException | ArithmeticException notAnAmount) {
            return Optional.empty();
        }
    }

    /**
     * A payment amount as Cash In reported it, bare or as {@code {value, currency}}: present (IDR), missing,
     * unreadable or in another currency — the payment decides what it may do with it. The currency is taken
     * as written (not trimmed, not upper-cased): {@code "idr"} is not what SNAP documents.
     */
    /** What a SNAP amount without a currency is read as: not IDR, so never enough to make a payment PAID. */
    static final String NO_CURRENCY = "(none)";

    /**
     * A SNAP amount (notify, QRIS): only the documented {@code {"value": …, "currency": …}} object; a bare value
     * is not SNAP's form and is read as an amount without a currency (never rupiah by default).
     */
    public static ReportedAmount reportedSnap(JsonNode amount) {
        if (amount != null && !amount.isNull() && !amount.isMissingNode() && !amount.isObject()) {
            JsonNode wrapped = MAPPER.createObjectNode().set("value", amount);
            return reported(wrapped);
        }
        return reported(amount);
    }

    public static ReportedAmount reported(JsonNode amount) {
        if (amount == null || amount.isNull() || amount.isMissingNode()) {
            return ReportedAmount.MISSING;
        }
        JsonNode value = amount.isObject() ? amount.get("value") : amount;
        JsonNode currencyNode = amount.isObject() ? amount.get("currency") : null;
        // SNAP's Amount object always names its currency (value + currency, both mandatory): an object without
        // one is not rupiah by default, it is an amount Kasir cannot check. A bare amount is the checkout-page
        // API's own form (cashin-checkout-page.txt: "amount": 4000.00), in rupiah.
        String currency = !amount.isObject() ? null : currencyNode == null || currencyNode.isNull() ? NO_CURRENCY
                : currencyNode.isString() ? currencyNode.asString() : currencyNode.toString();
        if (value == null || value.isNull()) {
            return ReportedAmount.read((String) null, currency);
        }
        if (value.isNumber()) {
            return ReportedAmount.readNumber(value.decimalValue(), currency);
        }
        if (!value.isString()) {
            return ReportedAmount.unreadable(value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return ReportedAmount.read(value.asString(), currency);
    }

    /** A number's text without expanding it: plain when short, else BigDecimal's scientific form. */
    private static String numberText(JsonNode value) {
        BigDecimal number = value.decimalValue();
        return Math.abs((long) number.scale()) <= ExternalNumber.MAX_TOKEN_LENGTH ? number.toPlainString()
                : number.toString();
    }

    private static Optional<BigDecimal> number(JsonNode value) {
        if (value == null || value.isNull() || !(value.isNumber() || value.isString())) {
            return Optional.empty();
        }
        ExternalNumber.Reading reading = value.isNumber()
                ? ExternalNumber.readParsed(value.decimalValue(), 2)
                : ExternalNumber.read(value.asString().trim(), 2);
        return reading instanceof ExternalNumber.Accepted accepted ? Optional.of(accepted.value()) : Optional.empty();
    }
}
