package id.kasir.domain.notification;

/** What became of a stored notification. */
public enum NotificationOutcome {
    /** Stored, not acted on yet (a crash between storing and applying leaves it here, for a retry). */
    RECEIVED,
    /** It changed the payment. */
    APPLIED,
    /** The payment already was what it says. */
    UNCHANGED,
    /** The status machine refused what it says (e.g. FAILED after PAID). */
    IGNORED,
    /** It reported an amount other than the amount to pay: sent to ops. */
    AMOUNT_MISMATCH,
    /** It said "paid" with an amount that cannot be checked (missing, unreadable, other currency): ops. */
    UNUSABLE_AMOUNT,
    /** The same notification arrived before; nothing done. */
    DUPLICATE,
    /** Its signature, timestamp or replay check failed; nothing done. */
    REJECTED,
    /** No payment matches its references: sent to ops. */
    UNMATCHED,
    /** A gateway's connection test; nothing done. */
    TEST,
    /** Unverifiable, and the gateway's own status query did not confirm it; nothing done. */
    NOT_CONFIRMED
}
