package id.kasir.sandbox.payin;

import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import id.kasir.sandbox.faults.SandboxFaults;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the customer (or a test) does to an order: pay it, fail it, cancel it. The same for the pay desk
 * buttons and the {@code _sandbox} endpoints. An expired order cannot be paid unless PAY_AFTER_EXPIRY is
 * on; failing or cancelling it is how PayIn would close it. Each completion sends the callback.
 */
public final class PayInOrderActions {

    /** The endpoint name the money faults (PAY_AFTER_EXPIRY, WRONG_PAID_AMOUNT) are looked up under; {@code *} also works. */
    static final String PAY_ENDPOINT = "pay";

    private final PayInOrderBook book;
    private final PayInCallbackSender callbacks;
    private final SandboxFaults faults;

    public PayInOrderActions(PayInOrderBook book, PayInCallbackSender callbacks, SandboxFaults faults) {
        this.book = book;
        this.callbacks = callbacks;
        this.faults = faults;
    }

    /** {@code pay}, {@code fail} or {@code cancel}. */
    public enum Action { PAY, FAIL, CANCEL }

    /** What came of an action: the order, or why not. */
    public record Outcome(PayInOrder order, boolean found, String refusal) {
        public boolean done() {
            return found && refusal == null;
        }
    }

    public Outcome act(String ref, Action action) {
        Optional<PayInOrder> found = book.find(ref);
        if (found.isEmpty()) {
            return new Outcome(null, false, "no order " + ref);
        }
        PayInOrder order = found.get();
        if (order.status() != PayInOrderStatus.PAYING) {
            return new Outcome(order, true, "the order is already " + order.status());
        }
        BigDecimal paid = order.amount();
        PayInOrderStatus outcome = switch (action) {
            case PAY -> PayInOrderStatus.SUCCESS;
            case FAIL -> PayInOrderStatus.FAIL;
            case CANCEL -> PayInOrderStatus.CANCEL;
        };
        if (action == Action.PAY) {
            if (order.isExpired(book.now()) && moneyFault(Fault.PAY_AFTER_EXPIRY).isEmpty()) {
                return new Outcome(order, true, "the order expired at " + order.expiresAt());
            }
            Optional<FaultRule> wrongAmount = moneyFault(Fault.WRONG_PAID_AMOUNT);
            if (wrongAmount.isPresent()) {
                paid = paid.add(BigDecimal.valueOf(wrongAmount.get().amountDelta()));
            }
        }
        if (!order.complete(outcome, paid, book.now())) {
            return new Outcome(order, true, "the order is already " + order.status());
        }
        callbacks.orderCompleted(order);
        return new Outcome(order, true, null);
    }

    /** The money faults are set on endpoint {@code pay}; {@code callback} is accepted too since that is where they show. */
    private Optional<FaultRule> moneyFault(Fault fault) {
        return faults.fire("payin", PAY_ENDPOINT, fault).or(() -> faults.fire("payin", "callback", fault));
    }
}
