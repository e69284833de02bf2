package id.kasir.web.api.problem;

/** The request could not be read as one request (e.g. a header given twice): 400 {@code malformed-request} naming it. */
public class MalformedRequest extends RuntimeException {

    private final FieldError error;

    public MalformedRequest(String field, String message) {
        super(field + " " + message);
        this.error = new FieldError(field, message);
    }

    public FieldError error() {
        return error;
    }
}
