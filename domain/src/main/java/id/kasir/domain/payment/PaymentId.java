package id.kasir.domain.payment;

import java.util.Objects;

/** Kasir's own id of a payment (a UUID string), never the merchant's order id. */
public record PaymentId(String value) {
    public PaymentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 36) {
            throw new IllegalArgumentException("A payment id is 1 to 36 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
