package id.kasir.domain.payment;

/** The kinds of things that happen to a payment; each is one line of its timeline. */
public enum PaymentEventType {
    /** The merchant (or an ops person) asked for the payment. */
    CREATED,
    /** We called the gateway; the detail holds request and response, secrets masked. */
    GATEWAY_CALL,
    /** The status moved from one value to another. */
    STATUS_CHANGED,
    /** We asked the gateway and could not learn the outcome (time-out, 5xx, unreadable answer). */
    OUTCOME_UNKNOWN,
    /** The gateway reported an amount other than the amount to pay: not applied, sent to ops. */
    AMOUNT_MISMATCH,
    /** The gateway said "paid" with an amount that cannot be checked (missing, unreadable, other currency). */
    UNUSABLE_AMOUNT,
    /** A payment whose create answer was lost learned its amount to pay, QR or link from a later report. */
    INSTRUCTIONS_LEARNED,
    /** The gateway told us details (its reference, its fee) without a status change. */
    DETAILS_UPDATED,
    /**
     * The flag on a payment that ops made PAID by accepting an amount other than the amount to pay
     * (follows the STATUS_CHANGED line; the detail holds the reason).
     */
    PAID_AMOUNT_ACCEPTED,
    /** Ops decided to keep a payment that was paid after it expired or was closed: it stays PAID. */
    LATE_PAYMENT_KEPT,
    /** Ops decided the customer's money goes back: a refund to make by hand was opened (no status change). */
    REFUND_NEEDED,
    /** Someone recorded the refund done (no status change; the detail holds their note). */
    REFUND_DONE
}
