package id.kasir.domain.payout;

import id.kasir.domain.money.Money;
import java.time.Instant;
import java.util.Optional;

/** What applying a {@link TransferReport} did to a payout. */
public sealed interface PayoutReportOutcome {

    /** The status changed; {@code flag} is set when ops must look at the change. */
    record Applied(PayoutStatus from, PayoutStatus to, Optional<PayoutFlag> flag) implements PayoutReportOutcome {
    }

    /** The payout already was what the report says (a repeat query, the transfer's PROCESSING then the query's). */
    record Unchanged(PayoutStatus status) implements PayoutReportOutcome {
    }

    /** A change the status machine refuses and that needs nobody (e.g. PROCESSING after SUCCEEDED). */
    record Ignored(PayoutStatus current, TransferOutcome reported, String reason) implements PayoutReportOutcome {
    }

    /** FAILED reported for a payout the gateway reported SUCCEEDED: not applied, for ops. */
    record FailedAfterSuccess(String gatewayStatus) implements PayoutReportOutcome {
    }

    /** Success reported for another amount: not applied, for ops. */
    record AmountMismatch(Money expected, Money reported) implements PayoutReportOutcome {
    }

    /**
     * The status query does not know the transfer. Whether it may be sent again is
     * {@link Payout#mayResend}'s decision (it needs the grace period and the attempt limit).
     */
    record NotFound(int transferAttempts, Instant lastSentAt) implements PayoutReportOutcome {
    }

    default boolean changedStatus() {
        return this instanceof Applied;
    }
}
