package id.kasir.web.api.input;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** An amount written in a notation the API does not accept (an exponent): a 400 naming the field. */
public final class RupiahNotationRefused extends MismatchedInputException {

    RupiahNotationRefused(JsonParser parser) {
        super(parser, "must be whole rupiah written as digits, e.g. 15000 or 15000.00 (no exponent)", BigDecimal.class);
    }
}
