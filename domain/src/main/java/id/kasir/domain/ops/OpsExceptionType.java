package id.kasir.domain.ops;

/** Kinds of things a person must look at. */
public enum OpsExceptionType {
    AMOUNT_MISMATCH,
    PAID_AFTER_EXPIRY,
    PAID_AFTER_CLOSE,
    UNVERIFIABLE_NOTIFICATION,
    UNMATCHED_NOTIFICATION,
    STUCK_PAYMENT,
    PAYOUT_PROBLEM
}
