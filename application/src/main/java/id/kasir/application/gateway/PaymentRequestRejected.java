package id.kasir.application.gateway;

/**
 * The caller asked for something no gateway can do: an unknown or disabled gateway, a method the
 * gateway does not offer, an amount below its minimum or above what the gateway and method may carry
 * ({@link id.kasir.domain.payment.MaximumAmounts}). A client mistake (4xx), never a 500.
 */
public class PaymentRequestRejected extends RuntimeException {

    public enum Reason { UNKNOWN_GATEWAY, UNSUPPORTED_METHOD, AMOUNT_BELOW_MINIMUM, AMOUNT_ABOVE_MAXIMUM, INVALID_REQUEST }

    private final Reason reason;

    public PaymentRequestRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
