package id.kasir.sandbox.faults;

/**
 * Something a simulated gateway can be told to do wrong. Request faults act on one endpoint's answer;
 * notification faults act on what the gateway sends to the merchant; money faults change what the
 * customer "pays".
 */
public enum Fault {
    /** Answer after {@code latencyMillis} more. */
    LATENCY,
    /** Process the request, then hold the answer for {@code latencyMillis} (default 30 s) so the caller times out. */
    TIMEOUT,
    /**
     * Do not process the request (it "never arrived"), and hold the answer for {@code latencyMillis} (default
     * 30 s) so the caller times out; then answer the gateway's own time-out error.
     */
    TIMEOUT_UNPROCESSED,
    /** A status query answers the gateway's "transaction not found", whatever it knows (Cash In: {@code topup-status}). */
    NOT_FOUND,
    /** An e-wallet transfer stays processing {@code latencyMillis} longer before it settles (Cash In: {@code topup}). */
    SLOW_SETTLEMENT,
    /** Answer HTTP 500 with the gateway's own error body, without processing the request. */
    HTTP_500,
    /** Process the request, then answer with a body that is not JSON. */
    MALFORMED_JSON,
    /** Sign notifications with the wrong key / secret. */
    BAD_NOTIFICATION_SIGNATURE,
    /** Send every notification twice. */
    DUPLICATE_NOTIFICATION,
    /** After a PAID notification, send a FAILED one for the same order. */
    OUT_OF_ORDER_NOTIFICATION,
    /** Let the customer pay an order whose expiry has passed. */
    PAY_AFTER_EXPIRY,
    /** The customer pays the order amount plus {@code amountDelta} (may be negative). */
    WRONG_PAID_AMOUNT
}
