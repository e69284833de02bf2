package id.kasir.sandbox.cashin;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * One e-wallet transfer (payout). It is processing until {@code settleAt}, then succeeds, except to the
 * always-failing test account. Settlement happens when someone looks, so no timer is needed. A test may
 * also settle it by hand ({@link #settle}), e.g. fail a transfer that had succeeded (a reversal).
 */
final class CashInTransfer {

    enum State { PROCESSING, SUCCESS, FAILED }

    private final String partnerReferenceNo;
    private final String referenceNo;
    private final long amount;
    private final String customerNumber;
    private final String customerName;
    private final String channel;
    private final Instant createdAt;
    private final Instant settleAt;
    private State state = State.PROCESSING;
    private volatile Consumer<CashInTransfer> keeper = transfer -> { };

    CashInTransfer(String partnerReferenceNo, String referenceNo, long amount, String customerNumber,
                   String customerName, String channel, Instant createdAt, Instant settleAt) {
        this.partnerReferenceNo = partnerReferenceNo;
        this.referenceNo = referenceNo;
        this.amount = amount;
        this.customerNumber = customerNumber;
        this.customerName = customerName;
        this.channel = channel;
        this.createdAt = createdAt;
        this.settleAt = settleAt;
    }

    /** Rebuilds a transfer from its stored record. */
    static CashInTransfer from(CashInTransferRecord r) {
        CashInTransfer transfer = new CashInTransfer(r.partnerReferenceNo(), r.referenceNo(), r.amount(),
                r.customerNumber(), r.customerName(), r.channel(), r.createdAt(), r.settleAt());
        transfer.state = r.state();
        return transfer;
    }

    synchronized CashInTransferRecord record() {
        return new CashInTransferRecord(partnerReferenceNo, referenceNo, amount, customerNumber, customerName, channel,
                createdAt, settleAt, state);
    }

    /** Who is told after a settlement by hand. */
    void keptBy(Consumer<CashInTransfer> keeper) {
        this.keeper = keeper;
    }

    /** Settles it now, whatever it was: how a test makes the gateway change its word. */
    synchronized void settle(State settled) {
        state = settled;
        keeper.accept(this);
    }

    synchronized State state(Instant now) {
        if (state == State.PROCESSING && !now.isBefore(settleAt)) {
            state = EwalletAccounts.ALWAYS_FAILS.equals(customerNumber) ? State.FAILED : State.SUCCESS;
        }
        return state;
    }

    static String snapStatus(State state) {
        return switch (state) {
            case SUCCESS -> "00";
            case PROCESSING -> "03";
            case FAILED -> "06";
        };
    }

    String partnerReferenceNo() {
        return partnerReferenceNo;
    }

    String referenceNo() {
        return referenceNo;
    }

    long amount() {
        return amount;
    }

    String customerNumber() {
        return customerNumber;
    }

    String customerName() {
        return customerName;
    }

    String channel() {
        return channel;
    }

    Instant createdAt() {
        return createdAt;
    }
}
