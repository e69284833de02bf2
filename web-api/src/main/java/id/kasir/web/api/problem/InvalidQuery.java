package id.kasir.web.api.problem;

import java.util.List;

/** The query string could not be read: 400 {@code invalid-query}, one entry of {@code errors} per parameter at fault. */
public class InvalidQuery extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidQuery(List<FieldError> errors) {
        super("Invalid query: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
