package id.kasir.adapters.payin;

import id.kasir.domain.payment.PaymentStatus;
import java.util.Locale;
import java.util.Optional;

/**
 * PayIn's {@code orderStatus} in Kasir's words. The document lists PAYING, SUCCESS and FAIL; CANCEL
 * is seen in practice. Any other word is not guessed at: the caller treats it as "not known".
 */
final class PayInStatusWords {

    private PayInStatusWords() {
    }

    static Optional<PaymentStatus> of(String orderStatus) {
        if (orderStatus == null) {
            return Optional.empty();
        }
        return switch (orderStatus.trim().toUpperCase(Locale.ROOT)) {
            case "PAYING" -> Optional.of(PaymentStatus.PAYING);
            case "SUCCESS" -> Optional.of(PaymentStatus.PAID);
            case "FAIL" -> Optional.of(PaymentStatus.FAILED);
            case "CANCEL" -> Optional.of(PaymentStatus.CANCELLED);
            default -> Optional.empty();
        };
    }
}
