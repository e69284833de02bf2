package id.kasir.domain.payout;

/**
 * Where a payout is. A maker requests it ({@code DRAFT}, then at once {@code AWAITING_APPROVAL}); one or
 * two checkers approve it ({@code APPROVED}) or one rejects it ({@code REJECTED}); it is sent
 * ({@code PROCESSING}: stored before the transfer goes out, and also what a time-out or 5xx leaves:
 * unknown, not failed); the gateway settles it ({@code SUCCEEDED} or {@code FAILED}).
 */
public enum PayoutStatus {
    DRAFT, AWAITING_APPROVAL, APPROVED, PROCESSING, SUCCEEDED, FAILED, REJECTED;

    /** Approved or sent, and not settled: money may be about to move. */
    public boolean isInFlight() {
        return this == APPROVED || this == PROCESSING;
    }

    /** Sent to the gateway at least once: its status query has something to say. */
    public boolean wasSent() {
        return this == PROCESSING || this == SUCCEEDED || this == FAILED;
    }
}
