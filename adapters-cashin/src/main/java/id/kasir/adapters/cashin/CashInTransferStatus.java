package id.kasir.adapters.cashin;

import id.kasir.domain.payout.TransferOutcome;
import java.util.Locale;
import java.util.Optional;

/**
 * Cash In's words for a transfer, in domain terms. SNAP {@code latestTransactionStatus} (service 39):
 * 00 success; 01 initiated, 02 paying, 03 pending: still processing; 04 refunded, 05 cancelled, 06 failed:
 * the money is not (or no longer) with the customer, so failed; 07 not found. The transfer's own answer
 * (38) may carry {@code additionalInfo.status} as a word (the sandbox sends {@code PROCESSING}).
 */
final class CashInTransferStatus {

    private CashInTransferStatus() {
    }

    static Optional<TransferOutcome> ofSnap(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.trim()) {
            case "00" -> Optional.of(TransferOutcome.SUCCEEDED);
            case "01", "02", "03" -> Optional.of(TransferOutcome.PROCESSING);
            case CashInTransactionStatus.REFUNDED, "05", "06" -> Optional.of(TransferOutcome.FAILED);
            case CashInTransactionStatus.NOT_FOUND -> Optional.of(TransferOutcome.NOT_FOUND);
            default -> Optional.empty();
        };
    }

    static Optional<TransferOutcome> ofWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.trim().toUpperCase(Locale.ROOT)) {
            case "SUCCESS", "SUCCEEDED", "SUCCESSFUL" -> Optional.of(TransferOutcome.SUCCEEDED);
            case "PROCESSING", "PENDING", "INITIATED" -> Optional.of(TransferOutcome.PROCESSING);
            case "FAILED", "FAIL", "CANCELLED", "REFUNDED" -> Optional.of(TransferOutcome.FAILED);
            default -> Optional.empty();
        };
    }
}
