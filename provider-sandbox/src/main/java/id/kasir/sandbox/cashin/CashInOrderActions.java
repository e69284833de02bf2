package id.kasir.sandbox.cashin;

import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import id.kasir.sandbox.faults.SandboxFaults;
import id.kasir.sandbox.store.SandboxStore;
import id.kasir.sandbox.store.StoredBook;
import java.time.Duration;
import java.time.Instant;

/**
 * What a customer (through the pay page) or a test (through {@code _sandbox}) can do to an order, and the
 * expiry timer; each finished order is announced to the merchant. The money faults (PAY_AFTER_EXPIRY,
 * WRONG_PAID_AMOUNT) are looked up on the endpoint that created the order ({@code payment} or
 * {@code qr-mpm-generate}).
 */
final class CashInOrderActions implements StoredBook {

    enum Action { PAY, FAIL, CANCEL, EXPIRE }

    private final CashInOrderBook book;
    private final CashInNotifier notifier;
    private final SandboxFaults faults;
    private final CashInScheduler scheduler;

    CashInOrderActions(CashInOrderBook book, CashInNotifier notifier, SandboxFaults faults, CashInScheduler scheduler) {
        this.book = book;
        this.notifier = notifier;
        this.faults = faults;
        this.scheduler = scheduler;
    }

    /** Keeps a new order and arms its expiry timer. */
    void open(CashInOrder order) {
        book.add(order);
        armExpiry(order);
    }

    /** Reads back the orders kept before a restart and arms the expiry timer of each one still open. */
    @Override
    public void keepIn(SandboxStore store) {
        book.restoreFrom(store).stream().filter(o -> o.state() == CashInOrder.State.OPEN).forEach(this::armExpiry);
    }

    private void armExpiry(CashInOrder order) {
        Duration untilExpiry = Duration.between(scheduler.clock().instant(), order.expiresAt());
        scheduler.later(untilExpiry.plusMillis(50), () -> expireIfDue(order));
    }

    /** Expires the order if its time has passed; readers call this too, in case the timer is late. */
    void expireIfDue(CashInOrder order) {
        if (order.expire(scheduler.clock().instant(), false)) {
            notifier.announce(order);
        }
    }

    CashInOrder.Outcome apply(CashInOrder order, Action action) {
        Instant now = scheduler.clock().instant();
        CashInOrder.Outcome outcome = switch (action) {
            case PAY -> pay(order, now);
            case FAIL -> order.close(CashInOrder.State.FAILED, now);
            case CANCEL -> order.close(CashInOrder.State.CANCELLED, now);
            case EXPIRE -> order.expire(now, true) ? CashInOrder.Outcome.DONE
                    : CashInOrder.Outcome.refused("The order is already " + order.state());
        };
        if (outcome.done()) {
            notifier.announce(order);
        } else if (action != Action.EXPIRE) {
            expireIfDue(order);
        }
        return outcome;
    }

    private CashInOrder.Outcome pay(CashInOrder order, Instant now) {
        String endpoint = order.createEndpoint();
        boolean late = order.state() == CashInOrder.State.EXPIRED || !now.isBefore(order.expiresAt());
        boolean allowLate = late && faults.fire(CashInRequestFaults.GATEWAY, endpoint, Fault.PAY_AFTER_EXPIRY).isPresent();
        boolean payable = (order.state() == CashInOrder.State.OPEN || order.state() == CashInOrder.State.EXPIRED)
                && (!late || allowLate);
        // Only a payment that will happen consumes a WRONG_PAID_AMOUNT firing (rules may be limited by times).
        long delta = !payable ? 0 : faults.fire(CashInRequestFaults.GATEWAY, endpoint, Fault.WRONG_PAID_AMOUNT)
                .map(FaultRule::amountDelta).orElse(0L);
        String method = order.kind() == CashInOrder.Kind.QRIS ? "QRIS"
                : order.paymentChannel() != null ? order.paymentChannel() : "QRIS";
        return order.pay(now, order.amount() + delta, method, allowLate);
    }
}
