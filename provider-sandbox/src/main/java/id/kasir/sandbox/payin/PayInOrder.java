package id.kasir.sandbox.payin;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One PayIn order as the gateway keeps it. What the merchant sent and what the gateway answered are
 * fixed at creation; the status moves once, from {@code PAYING} to {@code SUCCESS}, {@code FAIL} or
 * {@code CANCEL}. After each change the order is handed to its keeper (the book, which writes it to the
 * sandbox's store).
 */
public final class PayInOrder {

    private final String merchantId;
    private final String mchOrderNo;
    private final String orderNo;
    private final String channelOrderNo;
    private final PayInPayType payType;
    private final BigDecimal amount;
    private final BigDecimal fee;
    private final PayInPayCodeShape payCodeShape;
    private final String qrisPayload;
    private final String payCode;
    private final String payUrl;
    private final String payDeskUrl;
    private final String notifyUrl;
    private final String nonceStr;
    private final String realName;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final List<PayInCallbackAttempt> callbackAttempts = new CopyOnWriteArrayList<>();
    private final AtomicInteger callbacks = new AtomicInteger();

    private PayInOrderStatus status = PayInOrderStatus.PAYING;
    private Instant completedAt;
    private BigDecimal paidAmount;
    private volatile Consumer<PayInOrder> keeper = order -> { };

    PayInOrder(String merchantId, String mchOrderNo, String orderNo, String channelOrderNo, PayInPayType payType,
               BigDecimal amount, BigDecimal fee, PayInPayCodeShape payCodeShape, String qrisPayload, String payCode,
               String payUrl, String payDeskUrl, String notifyUrl, String nonceStr, String realName,
               Instant createdAt, Instant expiresAt) {
        this.merchantId = merchantId;
        this.mchOrderNo = mchOrderNo;
        this.orderNo = orderNo;
        this.channelOrderNo = channelOrderNo;
        this.payType = payType;
        this.amount = amount;
        this.fee = fee;
        this.payCodeShape = payCodeShape;
        this.qrisPayload = qrisPayload;
        this.payCode = payCode;
        this.payUrl = payUrl;
        this.payDeskUrl = payDeskUrl;
        this.notifyUrl = notifyUrl;
        this.nonceStr = nonceStr;
        this.realName = realName;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Rebuilds an order from its stored record, as it was at its last change. */
    static PayInOrder from(PayInOrderRecord r) {
        PayInOrder order = new PayInOrder(r.merchantId(), r.mchOrderNo(), r.orderNo(), r.channelOrderNo(), r.payType(),
                r.amount(), r.fee(), r.payCodeShape(), r.qrisPayload(), r.payCode(), r.payUrl(), r.payDeskUrl(),
                r.notifyUrl(), r.nonceStr(), r.realName(), r.createdAt(), r.expiresAt());
        order.status = r.status();
        order.completedAt = r.completedAt();
        order.paidAmount = r.paidAmount();
        List<PayInCallbackAttempt> attempts = r.callbackAttempts() == null ? List.of() : r.callbackAttempts();
        order.callbackAttempts.addAll(attempts);
        order.callbacks.set(attempts.stream().mapToInt(PayInCallbackAttempt::callback).max().orElse(0));
        return order;
    }

    synchronized PayInOrderRecord record() {
        return new PayInOrderRecord(merchantId, mchOrderNo, orderNo, channelOrderNo, payType, amount, fee, payCodeShape,
                qrisPayload, payCode, payUrl, payDeskUrl, notifyUrl, nonceStr, realName, createdAt, expiresAt, status,
                completedAt, paidAmount, List.copyOf(callbackAttempts));
    }

    /** Who is told after every change. */
    void keptBy(Consumer<PayInOrder> keeper) {
        this.keeper = keeper;
    }

    /**
     * Moves the order out of {@code PAYING}; {@code false} if it already left it. {@code paidAmount} is
     * what the customer actually paid (the amount, unless the WRONG_PAID_AMOUNT fault is on).
     */
    synchronized boolean complete(PayInOrderStatus outcome, BigDecimal paid, Instant at) {
        if (status != PayInOrderStatus.PAYING || outcome == PayInOrderStatus.PAYING) {
            return false;
        }
        status = outcome;
        completedAt = at;
        paidAmount = paid;
        keeper.accept(this);
        return true;
    }

    int nextCallbackNumber() {
        return callbacks.incrementAndGet();
    }

    void record(PayInCallbackAttempt attempt) {
        callbackAttempts.add(attempt);
        keeper.accept(this);
    }

    public synchronized PayInOrderStatus status() {
        return status;
    }

    public synchronized Instant completedAt() {
        return completedAt;
    }

    /** What the gateway reports as the order's amount: what was paid once paid, else what was asked. */
    public synchronized BigDecimal reportedAmount() {
        return paidAmount != null ? paidAmount : amount;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public List<PayInCallbackAttempt> callbackAttempts() {
        return List.copyOf(callbackAttempts);
    }

    public String merchantId() {
        return merchantId;
    }

    public String mchOrderNo() {
        return mchOrderNo;
    }

    public String orderNo() {
        return orderNo;
    }

    public String channelOrderNo() {
        return channelOrderNo;
    }

    public PayInPayType payType() {
        return payType;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal fee() {
        return fee;
    }

    /** {@code null} unless the order is QRIS. */
    public PayInPayCodeShape payCodeShape() {
        return payCodeShape;
    }

    /** The EMVCo text behind the QR code whatever shape {@code payCode} has; {@code null} unless QRIS. */
    public String qrisPayload() {
        return qrisPayload;
    }

    public String payCode() {
        return payCode;
    }

    public String payUrl() {
        return payUrl;
    }

    public String payDeskUrl() {
        return payDeskUrl;
    }

    public String notifyUrl() {
        return notifyUrl;
    }

    public String nonceStr() {
        return nonceStr;
    }

    public String realName() {
        return realName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
