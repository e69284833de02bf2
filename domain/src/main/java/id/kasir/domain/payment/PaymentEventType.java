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
    DETAILS_UPDATED
}
