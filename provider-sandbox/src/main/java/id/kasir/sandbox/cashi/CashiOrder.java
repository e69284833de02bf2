package id.kasir.sandbox.cashi;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One Cashi order in memory (kept in the sandbox's store after every change, see {@link CashiOrderRecord}). The requested amount and the amount to pay (requested + unique code) are
 * both kept, because the customer must transfer exactly the latter. Expiry is judged against the
 * clock on every read, so a PENDING order whose QR lifetime has passed reads as EXPIRED.
 */
final class CashiOrder {

    private final String orderId;
    private final long requestedAmount;
    private final int uniqueCode;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final String qrContent;
    private final String checkoutUrl;
    private final List<CashiNotificationAttempt> notifications = new CopyOnWriteArrayList<>();

    private CashiStatus status = CashiStatus.PENDING;
    private Long paidAmount;
    private String providerTxId;
    private Instant settledAt;
    private Instant closedAt;
    private volatile Consumer<CashiOrder> keeper = order -> { };

    CashiOrder(String orderId, long requestedAmount, int uniqueCode, Instant createdAt, Instant expiresAt,
               String qrContent, String checkoutUrl) {
        this.orderId = orderId;
        this.requestedAmount = requestedAmount;
        this.uniqueCode = uniqueCode;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.qrContent = qrContent;
        this.checkoutUrl = checkoutUrl;
    }

    /** Rebuilds an order from its stored record, as it was at its last change. */
    static CashiOrder from(CashiOrderRecord r) {
        CashiOrder order = new CashiOrder(r.orderId(), r.requestedAmount(), r.uniqueCode(), r.createdAt(), r.expiresAt(),
                r.qrContent(), r.checkoutUrl());
        order.status = r.status();
        order.paidAmount = r.paidAmount();
        order.providerTxId = r.providerTxId();
        order.settledAt = r.settledAt();
        order.closedAt = r.closedAt();
        order.notifications.addAll(r.notifications() == null ? List.of() : r.notifications());
        return order;
    }

    /** What is kept of the order: every field, the status as last changed (expiry is judged again on reading). */
    synchronized CashiOrderRecord record() {
        return new CashiOrderRecord(orderId, requestedAmount, uniqueCode, createdAt, expiresAt, qrContent, checkoutUrl,
                status, paidAmount, providerTxId, settledAt, closedAt, List.copyOf(notifications));
    }

    /** Who is told after every change (the book, which keeps the order in the store). */
    void keptBy(Consumer<CashiOrder> keeper) {
        this.keeper = keeper;
    }

    String orderId() {
        return orderId;
    }

    long amountToPay() {
        return requestedAmount + uniqueCode;
    }

    Instant createdAt() {
        return createdAt;
    }

    String qrContent() {
        return qrContent;
    }

    synchronized String providerTxId() {
        return providerTxId;
    }

    synchronized CashiStatus status(Instant now) {
        if (status == CashiStatus.PENDING && !now.isBefore(expiresAt)) {
            status = CashiStatus.EXPIRED;
            closedAt = expiresAt;
        }
        return status;
    }

    /** Whether the amount to pay is still reserved for this order (a transfer of it would match). */
    boolean isOpen(Instant now) {
        return status(now) == CashiStatus.PENDING;
    }

    /**
     * Settles the order with what the customer transferred. An expired order settles only if
     * {@code mayPayExpired} says so. Both suppliers are asked only when needed, so a fault behind them
     * fires (and counts) only when it takes effect.
     */
    synchronized boolean settle(Instant now, LongSupplier paid, String txId, BooleanSupplier mayPayExpired) {
        CashiStatus current = status(now);
        if (current != CashiStatus.PENDING && !(current == CashiStatus.EXPIRED && mayPayExpired.getAsBoolean())) {
            return false;
        }
        status = CashiStatus.SETTLED;
        paidAmount = paid.getAsLong();
        providerTxId = txId;
        settledAt = now;
        closedAt = now;
        keeper.accept(this);
        return true;
    }

    /** Ends a PENDING order as FAILED or CANCELLED; false if it is no longer pending. */
    synchronized boolean close(Instant now, CashiStatus outcome) {
        if (outcome != CashiStatus.FAILED && outcome != CashiStatus.CANCELLED) {
            throw new IllegalArgumentException("an order is closed as FAILED or CANCELLED, not " + outcome);
        }
        if (status(now) != CashiStatus.PENDING) {
            return false;
        }
        status = outcome;
        closedAt = now;
        keeper.accept(this);
        return true;
    }

    /**
     * Fault OUT_OF_ORDER_NOTIFICATION: after the settled webhook went out, the gateway turns the
     * order FAILED so check-status contradicts the settlement.
     */
    synchronized void failAfterSettlement(Instant now) {
        status = CashiStatus.FAILED;
        closedAt = now;
        keeper.accept(this);
    }

    void recordNotification(CashiNotificationAttempt attempt) {
        notifications.add(attempt);
        keeper.accept(this);
    }

    synchronized CashiOrderView view(Instant now) {
        CashiStatus current = status(now);
        long reported = paidAmount != null ? paidAmount : amountToPay();
        return new CashiOrderView(orderId, requestedAmount, uniqueCode, amountToPay(), current, reported, paidAmount,
                providerTxId, createdAt, expiresAt, settledAt, closedAt, checkoutUrl, qrContent, List.copyOf(notifications));
    }
}
