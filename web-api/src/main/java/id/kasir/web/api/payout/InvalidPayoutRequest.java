package id.kasir.web.api.payout;

/** A payout request or list filter the field checks let through but that is still refused (422), with why. */
public class InvalidPayoutRequest extends RuntimeException {
    public InvalidPayoutRequest(String message) {
        super(message);
    }
}
