package id.kasir.domain.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * The right to act on a stored notification (its first arrival) until {@code until}: a lease, so that a
 * node that dies while acting does not keep it forever, and one that is merely still running is never
 * joined by a second.
 *
 * <p>{@code number} counts the claims taken on that notification: 1 is the one its own insert took; each
 * takeover after a lapse adds one. It fences the outcome: only the holder of the latest claim may record
 * it ({@link GatewayNotifications#finish}), so a slow node that lost its claim cannot overwrite the
 * outcome of the one that took over.
 *
 * @param notificationId the first arrival's id (the row the outcome is recorded on)
 * @param number         1 for the first arrival's own claim, 2.. for takeovers
 * @param until          when the claim lapses (the application's {@code Clock}, UTC)
 */
public record NotificationClaim(long notificationId, int number, Instant until) {

    public NotificationClaim {
        Objects.requireNonNull(until, "until");
        if (number < 1) {
            throw new IllegalArgumentException("a claim's number starts at 1");
        }
    }

    /** True when this claim was taken over from an earlier holder that stopped. */
    public boolean takenOver() {
        return number > 1;
    }
}
