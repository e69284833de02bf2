package id.kasir.domain.payout;

import java.util.Objects;

/** Kasir's own id of a payout (a UUID string). */
public record PayoutId(String value) {
    public PayoutId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 36) {
            throw new IllegalArgumentException("A payout id is 1 to 36 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
