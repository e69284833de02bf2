package id.kasir.web.api.problem;

import id.kasir.web.api.input.RupiahNotationRefused;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A request body that could not be read, as a 400 {@code malformed-request} that says what to fix:
 * which field had the wrong JSON type, which field is unknown, what in the JSON itself is broken.
 * Decided from Jackson's exception types; the parser's own message is quoted only for a syntax error
 * (it names a character and a position, never one of our classes), and only as printable ASCII.
 */
final class BodyProblems {

    private BodyProblems() {
    }

    static ProblemDetail of(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (!(cause instanceof JacksonException json)) {
            return malformed("The request body is missing or is not valid JSON");
        }
        String field = fieldOf(json);
        if (json instanceof UnrecognizedPropertyException unknown) {
            return withField(field, "is not a field of this request", "Field '" + field + "' is not a field of this "
                    + "request (fields are case-sensitive; see the API's OpenAPI document)");
        }
        if (json instanceof RupiahNotationRefused refused) {
            return withField(field, refused.getOriginalMessage(), "Field '" + field + "' " + refused.getOriginalMessage());
        }
        if (json instanceof MismatchedInputException mismatch && !field.isEmpty()) {
            String kind = "must be " + describe(mismatch.getTargetType());
            return withField(field, kind, "Field '" + field + "' " + kind);
        }
        if (json instanceof InputCoercionException && !field.isEmpty()) {
            return withField(field, "is out of range", "Field '" + field + "' is out of range");
        }
        if (json instanceof StreamConstraintsException) {
            return malformed("The request body exceeds what the API reads: numbers of at most 32 characters, "
                    + "objects nested at most 8 deep");
        }
        if (json instanceof StreamReadException syntax) {
            return malformed("The request body is not valid JSON: " + Problems.printable(
                    String.valueOf(syntax.getOriginalMessage()), 200));
        }
        return malformed("The request body is not valid JSON");
    }

    private static String fieldOf(JacksonException json) {
        List<JacksonException.Reference> path = json.getPath();
        return path.stream()
                .map(r -> r.getPropertyName() != null ? Problems.printable(r.getPropertyName(), 64) : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static ProblemDetail withField(String field, String message, String detail) {
        ProblemDetail problem = malformed(detail);
        problem.setProperty("errors", List.of(new FieldError(field, message)));
        return problem;
    }

    private static ProblemDetail malformed(String detail) {
        return Problems.of(400, "malformed-request", "Malformed request", detail);
    }

    /** The JSON type a field must have, in JSON's words. */
    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class) {
            return "a whole number (a JSON integer, not a string)";
        }
        if (type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "a number (not a string)";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isRecord()) {
            return "an object";
        }
        return "a value of another type";
    }
}
