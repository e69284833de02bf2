package id.kasir.domain.payout;

/** The kinds of things that happen to a payout; each is one line of its timeline. */
public enum PayoutEventType {
    /** The maker asked for it (by API key or in the portal). */
    REQUESTED,
    /** The gateway's account inquiry named the account holder; the detail compares it with the expected name. */
    BENEFICIARY_CONFIRMED,
    /** The status moved from one value to another. */
    STATUS_CHANGED,
    /** One approval of the two a large payout needs. */
    APPROVAL_RECORDED,
    /** We called the gateway; the detail holds request and response, secrets and numbers masked. */
    GATEWAY_CALL,
    /** A transfer or status answer that did not tell us the outcome (time-out, 5xx, unreadable, refused query). */
    OUTCOME_UNKNOWN,
    /** The transfer status query says the gateway does not know the transfer. */
    TRANSFER_NOT_FOUND,
    /** The same transfer sent again with the same partnerReferenceNo, after "not found" and the grace period. */
    TRANSFER_RESENT,
    /** The gateway reports success for another amount: not applied, sent to ops. */
    AMOUNT_MISMATCH,
    /** The gateway reports failure for a payout it reported succeeded: not applied, sent to ops. */
    FAILED_AFTER_SUCCESS,
    /** The gateway told us its reference without a status change. */
    DETAILS_UPDATED
}
