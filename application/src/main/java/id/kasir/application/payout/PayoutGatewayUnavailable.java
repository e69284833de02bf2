package id.kasir.application.payout;

import id.kasir.domain.gateway.UnknownCause;

/**
 * The gateway gave no usable answer to an account inquiry (time-out, 5xx, unreadable): nothing was
 * stored, asking again is safe. {@link #cause()} tells a time-out (HTTP 504) from the rest (502).
 */
public class PayoutGatewayUnavailable extends RuntimeException {

    private final UnknownCause cause;

    public PayoutGatewayUnavailable(UnknownCause cause, String message) {
        super(message);
        this.cause = cause;
    }

    public UnknownCause unknownCause() {
        return cause;
    }
}
