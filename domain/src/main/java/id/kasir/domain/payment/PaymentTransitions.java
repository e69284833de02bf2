package id.kasir.domain.payment;

import static id.kasir.domain.payment.PaymentStatus.CANCELLED;
import static id.kasir.domain.payment.PaymentStatus.EXPIRED;
import static id.kasir.domain.payment.PaymentStatus.FAILED;
import static id.kasir.domain.payment.PaymentStatus.OPEN;
import static id.kasir.domain.payment.PaymentStatus.PAID;
import static id.kasir.domain.payment.PaymentStatus.PAYING;
import static id.kasir.domain.payment.PaymentStatus.PENDING;

import id.kasir.domain.statemachine.TransitionTable;

/**
 * The payment status machine: the only place that says which change may happen.
 *
 * <ul>
 *   <li>Nothing ever leaves {@code PAID}: the gateway confirmed the money, a later report (a late
 *       {@code OPEN} from a query, an out-of-order webhook) cannot take it back.</li>
 *   <li>Nothing goes back to {@code PENDING}, {@code OPEN} or {@code PAYING} from an outcome.</li>
 *   <li>{@code EXPIRED}, {@code FAILED} and {@code CANCELLED} may still become {@code PAID} when the
 *       gateway reports the money arrived (the gateway is the source of truth for money); each such
 *       change is applied and flagged for ops, because the merchant may have given up on the order.</li>
 * </ul>
 */
public final class PaymentTransitions {

    public static final String PAID_AFTER_EXPIRY = "paid after expiry";
    public static final String PAID_AFTER_FAILURE = "paid after failure";
    public static final String PAID_AFTER_CANCELLATION = "paid after cancellation";

    public static final TransitionTable<PaymentStatus> TABLE = TransitionTable.startingAt(PENDING)
            .allow(PENDING, OPEN, PAYING, PAID, FAILED, EXPIRED, CANCELLED)
            .allow(OPEN, PAYING, PAID, FAILED, EXPIRED, CANCELLED)
            .allow(PAYING, PAID, FAILED, EXPIRED, CANCELLED)
            .allowFlagged(EXPIRED, PAID, PAID_AFTER_EXPIRY)
            .allowFlagged(FAILED, PAID, PAID_AFTER_FAILURE)
            .allowFlagged(CANCELLED, PAID, PAID_AFTER_CANCELLATION)
            .build();

    private PaymentTransitions() {
    }
}
