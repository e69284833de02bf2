package id.kasir.web.api.input;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an amount of rupiah from a JSON number as written: {@code 15000} and {@code 15000.00} are the
 * same whole amount (a fraction of zeros is how many JSON libraries write a decimal), {@code 15000.5}
 * is read as it is (and refused later as not whole: 422), {@code 1.5e4} is refused here (400): an
 * exponent is never how a merchant's system means an amount of money, and reading one is how
 * {@code 1e999999999} costs a server its memory. A string, a boolean or anything else is the wrong
 * JSON type (400).
 */
public final class WholeRupiahDeserializer extends StdDeserializer<BigDecimal> {

    public WholeRupiahDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getDecimalValue();
        }
        if (token != JsonToken.VALUE_NUMBER_FLOAT) {
            return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
        }
        String written = parser.getString();
        if (written.indexOf('e') >= 0 || written.indexOf('E') >= 0) {
            throw new RupiahNotationRefused(parser);
        }
        BigDecimal amount = new BigDecimal(written);
        return amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0, java.math.RoundingMode.UNNECESSARY) : amount;
    }
}
