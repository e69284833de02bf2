package id.kasir.adapters.cashi;

import id.kasir.domain.payment.PaymentStatus;
import java.util.Locale;
import java.util.Optional;

/**
 * Cashi's status words in Kasir's terms. Only {@code SETTLED} means paid. A word we do not know is not
 * guessed at: the caller treats it as "unknown", never as failed.
 */
final class CashiStatusWords {

    private CashiStatusWords() {
    }

    static Optional<PaymentStatus> toStatus(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.trim().toUpperCase(Locale.ROOT)) {
            case "SETTLED" -> Optional.of(PaymentStatus.PAID);
            // Kasir's PENDING means "we do not know yet"; Cashi's PENDING means the QR is live.
            case "PENDING" -> Optional.of(PaymentStatus.OPEN);
            case "EXPIRED" -> Optional.of(PaymentStatus.EXPIRED);
            case "FAILED" -> Optional.of(PaymentStatus.FAILED);
            case "CANCELLED", "CANCELED" -> Optional.of(PaymentStatus.CANCELLED);
            default -> Optional.empty();
        };
    }
}
