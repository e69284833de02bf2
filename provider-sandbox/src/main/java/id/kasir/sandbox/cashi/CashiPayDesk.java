package id.kasir.sandbox.cashi;

import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import id.kasir.sandbox.faults.SandboxFaults;
import java.time.Instant;

/**
 * What the customer does to an order, shared by the pay page and the scriptable {@code _sandbox}
 * endpoints. Paying settles the order and sends the webhook; failing and cancelling only change the
 * state, since Cashi notifies settlements only.
 *
 * <p>A transfer of a different amount than the amount to pay: a real unique-amount gateway matches
 * transfers by exact amount, so it would not match this order on its own. The sandbox takes the case
 * where the gateway matched it anyway (an operator's manual match) and settles the order with the
 * amount actually received — in the webhook and in check-status — so the merchant's amount check is
 * what has to catch it.
 */
final class CashiPayDesk {

    /** Fault endpoint name for the customer's payment (faults PAY_AFTER_EXPIRY and WRONG_PAID_AMOUNT). */
    static final String PAY_ENDPOINT = "pay";

    private final CashiOrderBook book;
    private final CashiWebhookSender webhooks;
    private final SandboxFaults faults;

    CashiPayDesk(CashiOrderBook book, CashiWebhookSender webhooks, SandboxFaults faults) {
        this.book = book;
        this.webhooks = webhooks;
        this.faults = faults;
    }

    /** Pays {@code paidAmount} (null = the amount to pay), then notifies the merchant asynchronously. */
    Outcome pay(CashiOrder order, Long paidAmount) {
        long asked = paidAmount != null ? paidAmount : order.amountToPay();
        Instant now = book.now();
        boolean settled = order.settle(now,
                () -> asked + faults.fire(CashiWebhookSender.GATEWAY, PAY_ENDPOINT, Fault.WRONG_PAID_AMOUNT)
                        .map(FaultRule::amountDelta).orElse(0L),
                book.freshProviderTxId(),
                () -> faults.fire(CashiWebhookSender.GATEWAY, PAY_ENDPOINT, Fault.PAY_AFTER_EXPIRY).isPresent());
        if (!settled) {
            return Outcome.refused(order.view(now));
        }
        webhooks.notifySettled(order);
        return Outcome.done(order.view(now));
    }

    Outcome close(CashiOrder order, CashiStatus outcome) {
        Instant now = book.now();
        boolean closed = order.close(now, outcome);
        return closed ? Outcome.done(order.view(now)) : Outcome.refused(order.view(now));
    }

    /** Whether the action happened, and the order afterwards. */
    record Outcome(boolean done, CashiOrderView order) {
        static Outcome done(CashiOrderView order) {
            return new Outcome(true, order);
        }

        static Outcome refused(CashiOrderView order) {
            return new Outcome(false, order);
        }
    }
}
