package id.kasir.application.payout;

/** No payout has that id or reference. */
public class PayoutNotFoundException extends RuntimeException {
    public PayoutNotFoundException(String what) {
        super("No payout " + what);
    }
}
