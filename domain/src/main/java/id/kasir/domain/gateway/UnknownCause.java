package id.kasir.domain.gateway;

/**
 * Why the outcome of a gateway call is unknown. Behaviour — the merchant API's 502 or 504, whether a
 * call is retried, what reconciliation records — is decided from this type, never from the wording of
 * a message (DESIGN.md: time-outs are "unknown", not "failed").
 */
public enum UnknownCause {
    /** No answer within the time limit: the gateway may well have acted. */
    TIMEOUT,
    /** The connection could not be made or broke off before an answer. */
    CONNECTION_FAILED,
    /** HTTP 5xx, or the gateway's own "internal error / try again" code. */
    GATEWAY_ERROR,
    /** HTTP 429 or the gateway's "too many requests" code. */
    RATE_LIMITED,
    /** The answer could not be read: not JSON, a required field missing or malformed. */
    UNREADABLE_ANSWER,
    /** A readable answer Kasir cannot act on: about another order, a status word not in the document. */
    UNEXPECTED_ANSWER,
    /** The gateway itself says the outcome is not known (e.g. a SNAP 2xx code other than success). */
    GATEWAY_REPORTED_UNKNOWN,
    /** Not called: the circuit breaker is open after repeated failures. */
    CIRCUIT_OPEN,
    /** A fault in Kasir's own adapter code (an exception it did not expect). */
    ADAPTER_ERROR,
    /** Not classified yet (older call sites); to be replaced by one of the causes above. */
    UNSPECIFIED
}
