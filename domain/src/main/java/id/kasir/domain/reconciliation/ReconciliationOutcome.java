package id.kasir.domain.reconciliation;

/**
 * What reconciling one in-flight payment did: one line of a run's report. Decided by
 * {@link ReconciliationRules} from the gateway's typed answer and what applying it did, never from
 * the wording of a message.
 */
public enum ReconciliationOutcome {
    /** The gateway says what Kasir already knew (or an in-flight step such as OPEN to PAYING): still open. */
    UNCHANGED,
    /** The gateway says PAID and Kasir had missed it (a lost or rejected notification): now PAID. */
    PAID,
    /** The gateway says the payment failed: now FAILED. */
    FAILED,
    /** The gateway says it was cancelled: now CANCELLED. */
    CANCELLED,
    /** Past its expiry, and the gateway does not report it paid (or reports it expired): now EXPIRED. */
    EXPIRED,
    /** Kasir had expired it, the gateway says PAID: now PAID and raised for ops (DESIGN.md: the gateway is the source of truth for money). */
    PAID_AFTER_EXPIRY,
    /** The gateway reports an amount other than the amount to pay: not applied, raised for ops. */
    AMOUNT_MISMATCH,
    /**
     * The gateway's report carries an amount Kasir cannot check (missing, unreadable, another currency): not
     * applied, raised for ops, and never expired by the clock, because the gateway may be saying "paid".
     */
    REPORT_UNUSABLE,
    /** The payment had nothing to show the customer (its create timed out) and learned it from the query. */
    INSTRUCTIONS_LEARNED,
    /** The gateway's answer leaves the outcome unknown (see the item's {@code UnknownCause}): left as it is for the janitor. */
    GATEWAY_UNKNOWN,
    /** The gateway answers that it does not know the payment (a business "no" to the status query). */
    NOT_FOUND,
    /** Reconciling this item failed inside Kasir (an exception): recorded, the run goes on. */
    GATEWAY_ERROR;

    /** The payment's status changed because of this item. */
    public boolean changedStatus() {
        return this == PAID || this == FAILED || this == CANCELLED || this == EXPIRED || this == PAID_AFTER_EXPIRY;
    }
}
