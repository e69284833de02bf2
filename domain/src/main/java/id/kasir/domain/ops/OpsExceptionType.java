package id.kasir.domain.ops;

/** Kinds of things a person must look at. */
public enum OpsExceptionType {
    AMOUNT_MISMATCH,
    /** A gateway said "paid" with an amount Kasir cannot check: missing, unreadable, other currency. */
    UNUSABLE_AMOUNT,
    PAID_AFTER_EXPIRY,
    PAID_AFTER_CLOSE,
    UNVERIFIABLE_NOTIFICATION,
    UNMATCHED_NOTIFICATION,
    STUCK_PAYMENT,
    /** A payout needs a person: e.g. its transfer never arrived at the gateway after every attempt. */
    PAYOUT_PROBLEM,
    /** The gateway reports a payout failed after it reported it succeeded: the payout stays SUCCEEDED. */
    PAYOUT_FAILED_AFTER_SUCCESS,
    /** The gateway reports a payout succeeded after it was recorded failed (and the merchant told so). */
    PAYOUT_SUCCEEDED_AFTER_FAILURE
}
