package id.kasir.domain.payout;

import java.util.Arrays;
import java.util.Optional;

/** Allowed payout changes that ops must still look at; {@link #label()} is how the state diagram names them. */
public enum PayoutFlag {
    /** The gateway reports a transfer succeeded after we recorded it failed: the money left, believe it. */
    SUCCEEDED_AFTER_FAILURE("succeeded after failure");

    private final String label;

    PayoutFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The flag the transition table drew with this label (the table keeps labels; code decides on the type). */
    static Optional<PayoutFlag> drawnAs(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst();
    }
}
