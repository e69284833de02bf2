package id.kasir.domain.common;

/**
 * A page cursor ({@code after}) that no list gave out: mangled, truncated or from another list. The
 * caller's mistake, not an error of the store; an {@link IllegalArgumentException} so that callers that
 * treat every unreadable filter alike keep doing so.
 */
public class InvalidPageCursor extends IllegalArgumentException {
    public InvalidPageCursor(String message) {
        super(message);
    }
}
