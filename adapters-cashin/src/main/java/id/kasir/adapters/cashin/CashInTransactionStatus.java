package id.kasir.adapters.cashin;

import id.kasir.domain.payment.PaymentStatus;
import java.util.Locale;
import java.util.Optional;

/**
 * Cash In's status words in domain terms.
 *
 * <p>SNAP {@code latestTransactionStatus} (QRIS query, notify): 00 Success -> PAID; 01 Initiated and
 * 03 Pending -> OPEN (issued, nobody has paid); 02 Paying -> PAYING; 05 -> EXPIRED (the document:
 * "Cancelled, the payment has been closed because it is expired": the reason is the expiry, and
 * nobody chose to cancel, so EXPIRED; both may still become PAID if money arrives); 06 Failed -> FAILED.
 * 04 Refunded and 07 Not found are no payment status: absent here, the callers decide.
 *
 * <p>Checkout-page status: SUCCESS -> PAID, OPEN -> OPEN, FAILED -> FAILED.
 */
public final class CashInTransactionStatus {

    public static final String REFUNDED = "04";
    public static final String NOT_FOUND = "07";

    private CashInTransactionStatus() {
    }

    public static Optional<PaymentStatus> ofSnap(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.trim()) {
            case "00" -> Optional.of(PaymentStatus.PAID);
            case "01", "03" -> Optional.of(PaymentStatus.OPEN);
            case "02" -> Optional.of(PaymentStatus.PAYING);
            case "05" -> Optional.of(PaymentStatus.EXPIRED);
            case "06" -> Optional.of(PaymentStatus.FAILED);
            default -> Optional.empty();
        };
    }

    public static Optional<PaymentStatus> ofCheckout(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.trim().toUpperCase(Locale.ROOT)) {
            case "SUCCESS" -> Optional.of(PaymentStatus.PAID);
            case "OPEN" -> Optional.of(PaymentStatus.OPEN);
            case "FAILED" -> Optional.of(PaymentStatus.FAILED);
            default -> Optional.empty();
        };
    }
}
