package id.kasir.domain.ops;

/** One kind of step in an exception's history. */
public enum OpsExceptionAction {
    /** Given an owner (themselves or someone else); the note names the new owner. */
    ASSIGNED,
    /** Decided ACCEPT: the money is kept. */
    ACCEPTED,
    /** Decided REFUND: a refund to make by hand was opened. */
    REFUND_NEEDED,
    /** The refund was recorded done. */
    REFUND_DONE,
    /** Closed with a reason. */
    RESOLVED
}
