package id.kasir.domain.payout;

/** Where a payout is: drafted by a maker, approved (or rejected) by a checker, sent, settled. */
public enum PayoutStatus {
    DRAFT, AWAITING_APPROVAL, APPROVED, PROCESSING, SUCCEEDED, FAILED, REJECTED;

    /** Money may be moving: reconciliation re-queries these. */
    public boolean isInFlight() {
        return this == APPROVED || this == PROCESSING;
    }
}
