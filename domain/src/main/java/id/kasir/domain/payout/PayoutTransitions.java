package id.kasir.domain.payout;

import static id.kasir.domain.payout.PayoutStatus.APPROVED;
import static id.kasir.domain.payout.PayoutStatus.AWAITING_APPROVAL;
import static id.kasir.domain.payout.PayoutStatus.DRAFT;
import static id.kasir.domain.payout.PayoutStatus.FAILED;
import static id.kasir.domain.payout.PayoutStatus.PROCESSING;
import static id.kasir.domain.payout.PayoutStatus.REJECTED;
import static id.kasir.domain.payout.PayoutStatus.SUCCEEDED;

import id.kasir.domain.statemachine.TransitionTable;

/**
 * The payout status machine. A payout is saved as PROCESSING <em>before</em> the transfer is sent, so
 * a crash never sends it twice; a time-out leaves it PROCESSING (unknown) for reconciliation. A
 * gateway that reports success after a failure is believed (the money left) and flagged for ops.
 */
public final class PayoutTransitions {

    public static final String SUCCEEDED_AFTER_FAILURE = "succeeded after failure";

    public static final TransitionTable<PayoutStatus> TABLE = TransitionTable.startingAt(DRAFT)
            .allow(DRAFT, AWAITING_APPROVAL)
            .allow(AWAITING_APPROVAL, APPROVED, REJECTED)
            .allow(APPROVED, PROCESSING)
            .allow(PROCESSING, SUCCEEDED, FAILED)
            .allowFlagged(FAILED, SUCCEEDED, SUCCEEDED_AFTER_FAILURE)
            .build();

    private PayoutTransitions() {
    }
}
