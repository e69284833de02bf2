package id.kasir.domain.payment;

import id.kasir.domain.money.Money;
import id.kasir.domain.money.ReportedAmount;
import java.util.Optional;

/** What applying a gateway report did to a payment. */
public sealed interface ReportOutcome {

    /** The status changed; {@code flag} is set when ops must look at the change. */
    record Applied(PaymentStatus from, PaymentStatus to, Optional<String> flag) implements ReportOutcome {
    }

    /** The payment already was what the report says: nothing to do (a duplicate, a repeat query). */
    record Unchanged(PaymentStatus status) implements ReportOutcome {
    }

    /** The report asks for a change the status machine refuses (e.g. anything after PAID). */
    record Ignored(PaymentStatus current, PaymentStatus reported, String reason) implements ReportOutcome {
    }

    /** The gateway reports payment of an amount other than the amount to pay: not applied, for ops. */
    record AmountMismatch(Money expected, Money reported) implements ReportOutcome {
    }

    /**
     * The gateway says "paid" but its amount cannot be checked — missing, unreadable, negative, finer than
     * a sen, or in another currency: not applied (the payment stays where it was), for ops; where the
     * gateway can be queried, the application asks it and applies the answer through the same rule.
     */
    record UnusableAmount(Money expected, ReportedAmount reported) implements ReportOutcome {
    }

    default boolean changedStatus() {
        return this instanceof Applied;
    }
}
