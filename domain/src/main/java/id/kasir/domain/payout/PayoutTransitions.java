package id.kasir.domain.payout;

import static id.kasir.domain.payout.PayoutStatus.APPROVED;
import static id.kasir.domain.payout.PayoutStatus.AWAITING_APPROVAL;
import static id.kasir.domain.payout.PayoutStatus.DRAFT;
import static id.kasir.domain.payout.PayoutStatus.FAILED;
import static id.kasir.domain.payout.PayoutStatus.PROCESSING;
import static id.kasir.domain.payout.PayoutStatus.REJECTED;
import static id.kasir.domain.payout.PayoutStatus.SUCCEEDED;

import id.kasir.domain.statemachine.TransitionTable;
import java.util.Optional;

/**
 * The payout status machine (drawn in {@code docs/state-machines.md} from this table).
 * <ul>
 *   <li>{@code APPROVED -> PROCESSING} is stored <em>before</em> the transfer is sent, so a crash or a
 *       retry never sends it twice; a time-out or 5xx leaves it {@code PROCESSING} (unknown).</li>
 *   <li>{@code APPROVED -> FAILED}: not sent, because a limit refused it just before sending.</li>
 *   <li>Nothing leaves {@code SUCCEEDED}: the money left. A later "failed" is an ops exception.</li>
 *   <li>{@code FAILED -> SUCCEEDED} is believed (the gateway is the source of truth for money) and
 *       flagged for ops, because the merchant was told it failed.</li>
 * </ul>
 */
public final class PayoutTransitions {

    public static final TransitionTable<PayoutStatus> TABLE = TransitionTable.startingAt(DRAFT)
            .allow(DRAFT, AWAITING_APPROVAL)
            .allow(AWAITING_APPROVAL, APPROVED, REJECTED)
            .allow(APPROVED, PROCESSING, FAILED)
            .allow(PROCESSING, SUCCEEDED, FAILED)
            .allowFlagged(FAILED, SUCCEEDED, PayoutFlag.SUCCEEDED_AFTER_FAILURE.label())
            .build();

    private PayoutTransitions() {
    }

    /** Why this allowed change needs ops' attention, as a type. */
    public static Optional<PayoutFlag> flagFor(PayoutStatus from, PayoutStatus to) {
        return TABLE.flagFor(from, to).flatMap(PayoutFlag::drawnAs);
    }
}
