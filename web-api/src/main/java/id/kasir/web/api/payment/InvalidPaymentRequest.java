package id.kasir.web.api.payment;

/** A request that passed the field checks but that the domain still refuses (422), with the domain's reason. */
public class InvalidPaymentRequest extends RuntimeException {
    public InvalidPaymentRequest(String message) {
        super(message);
    }
}
