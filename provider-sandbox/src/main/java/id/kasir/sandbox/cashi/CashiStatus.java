package id.kasir.sandbox.cashi;

/** An order's state as Cashi's check-status reports it. Only {@link #PENDING} can still change. */
public enum CashiStatus {
    PENDING, SETTLED, EXPIRED, FAILED, CANCELLED
}
