package id.kasir.application.payment;

/** No payment with that id or order id. */
public class PaymentNotFoundException extends RuntimeException {
    public PaymentNotFoundException(String what) {
        super("No payment " + what);
    }
}
