package id.kasir.domain.reconciliation;

import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.PaymentTransitions;
import id.kasir.domain.payment.ReportOutcome;

/**
 * The rules of reconciliation (DESIGN.md: the gateway is the source of truth for money; a time-out is
 * "unknown", not "failed"; the clock never closes a payment the gateway says is paid).
 */
public final class ReconciliationRules {

    private ReconciliationRules() {
    }

    /** The report line for what applying the gateway's answer did. */
    public static ReconciliationOutcome outcomeOf(ReportOutcome applied) {
        if (applied instanceof ReportOutcome.AmountMismatch) {
            return ReconciliationOutcome.AMOUNT_MISMATCH;
        }
        if (applied instanceof ReportOutcome.UnusableAmount) {
            return ReconciliationOutcome.REPORT_UNUSABLE;
        }
        if (applied instanceof ReportOutcome.Applied a) {
            if (a.to() == PaymentStatus.PAID) {
                return a.flag().filter(PaymentTransitions.PAID_AFTER_EXPIRY::equals).isPresent()
                        ? ReconciliationOutcome.PAID_AFTER_EXPIRY : ReconciliationOutcome.PAID;
            }
            return switch (a.to()) {
                case FAILED -> ReconciliationOutcome.FAILED;
                case CANCELLED -> ReconciliationOutcome.CANCELLED;
                case EXPIRED -> ReconciliationOutcome.EXPIRED;
                default -> ReconciliationOutcome.UNCHANGED; // PENDING -> OPEN, OPEN -> PAYING: still in flight
            };
        }
        return ReconciliationOutcome.UNCHANGED; // Unchanged, or Ignored (e.g. a late OPEN after PAID)
    }

    /**
     * Whether Kasir's clock may expire a payment after asking the gateway: only when the gateway answered
     * (it reported the payment still open, or said it does not know it) — never when its answer was
     * unknown, because the customer may have paid (the janitor asks again later).
     *
     * @param gatewayAnswered the status query was Accepted or Declined, not Unknown
     * @param statusNow       the payment's status after the answer was applied
     */
    public static boolean mayExpireByClock(boolean gatewayAnswered, PaymentStatus statusNow) {
        return gatewayAnswered && statusNow.isInFlight();
    }
}
