package id.kasir.application.operator;

import java.time.Duration;
import java.util.Objects;

/** After {@code maxAttempts} failed logins in a row, an account is locked for {@code duration}. */
public record LockoutPolicy(int maxAttempts, Duration duration) {
    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        Objects.requireNonNull(duration, "duration");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the lock-out duration must be positive");
        }
    }
}
