package id.kasir.domain.payment;

/**
 * Where a payment is. {@code PENDING}: saved, the gateway's answer not known yet (also after a
 * time-out: unknown is not failed). {@code OPEN}: the link or QR is issued. {@code PAYING}: the
 * gateway says the customer is paying. The rest are outcomes; only {@code PAID} is final for good.
 */
public enum PaymentStatus {
    PENDING, OPEN, PAYING, PAID, FAILED, EXPIRED, CANCELLED;

    /** The gateway may still move it: reconciliation re-queries these. */
    public boolean isInFlight() {
        return this == PENDING || this == OPEN || this == PAYING;
    }
}
