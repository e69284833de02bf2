package id.kasir.application.merchant;

import java.util.List;

/**
 * The merchant re-used an order id or an {@code Idempotency-Key} for a request that differs from the
 * first one: we will not guess which one they meant (HTTP 409).
 */
public class IdempotencyConflict extends RuntimeException {

    private final List<String> differingFields;

    public IdempotencyConflict(String message, List<String> differingFields) {
        super(message);
        this.differingFields = List.copyOf(differingFields);
    }

    /** The request fields whose values differ from the first request's, as the API names them. */
    public List<String> differingFields() {
        return differingFields;
    }
}
