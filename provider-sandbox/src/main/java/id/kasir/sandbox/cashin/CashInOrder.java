package id.kasir.sandbox.cashin;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One payment Cash In holds: a checkout-page order or a QRIS MPM order. Its state changes only through the
 * synchronized transitions below, so a customer's click, the expiry timer and a test cannot race. After each
 * change the order is handed to its keeper (the book, which writes it to the sandbox's store).
 */
final class CashInOrder {

    enum Kind { CHECKOUT, QRIS }

    enum State { OPEN, PAID, FAILED, CANCELLED, EXPIRED }

    /** Whether a transition happened, and if not, why. */
    record Outcome(boolean done, String refusal) {
        static final Outcome DONE = new Outcome(true, null);

        static Outcome refused(String why) {
            return new Outcome(false, why);
        }
    }

    /** One attempt to deliver a notification to the merchant. */
    record Delivery(Instant at, String latestTransactionStatus, int attempt, Integer httpStatus, String error) {
    }

    private final Kind kind;
    private final String referenceNo;
    private final String merchantReference;
    private final String token;
    private final long amount;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final String externalId;
    private final String paymentChannel;
    private final String successCallbackUrl;
    private final String cancelCallbackUrl;
    private final String qrContent;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    private State state = State.OPEN;
    private long paidAmount;
    private String paymentMethod;
    private Instant paidAt;
    private Instant finishedAt;
    private volatile Consumer<CashInOrder> keeper = order -> { };

    CashInOrder(Kind kind, String referenceNo, String merchantReference, String token, long amount,
                Instant createdAt, Instant expiresAt, String externalId, String paymentChannel,
                String successCallbackUrl, String cancelCallbackUrl, String qrContent) {
        this.kind = kind;
        this.referenceNo = referenceNo;
        this.merchantReference = merchantReference;
        this.token = token;
        this.amount = amount;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.externalId = externalId;
        this.paymentChannel = paymentChannel;
        this.successCallbackUrl = successCallbackUrl;
        this.cancelCallbackUrl = cancelCallbackUrl;
        this.qrContent = qrContent;
    }

    /** Rebuilds an order from its stored record, as it was at its last change. */
    static CashInOrder from(CashInOrderRecord r) {
        CashInOrder order = new CashInOrder(r.kind(), r.referenceNo(), r.merchantReference(), r.token(), r.amount(),
                r.createdAt(), r.expiresAt(), r.externalId(), r.paymentChannel(), r.successCallbackUrl(),
                r.cancelCallbackUrl(), r.qrContent());
        order.state = r.state();
        order.paidAmount = r.paidAmount();
        order.paymentMethod = r.paymentMethod();
        order.paidAt = r.paidAt();
        order.finishedAt = r.finishedAt();
        order.deliveries.addAll(r.deliveries() == null ? List.of() : r.deliveries());
        return order;
    }

    synchronized CashInOrderRecord record() {
        return new CashInOrderRecord(kind, referenceNo, merchantReference, token, amount, createdAt, expiresAt,
                externalId, paymentChannel, successCallbackUrl, cancelCallbackUrl, qrContent, state, paidAmount,
                paymentMethod, paidAt, finishedAt, List.copyOf(deliveries));
    }

    /** Who is told after every change. */
    void keptBy(Consumer<CashInOrder> keeper) {
        this.keeper = keeper;
    }

    /** Pays the order; an order past its expiry is refused unless {@code allowAfterExpiry}. */
    synchronized Outcome pay(Instant now, long paid, String method, boolean allowAfterExpiry) {
        boolean expired = state == State.EXPIRED || (state == State.OPEN && !now.isBefore(expiresAt));
        if (expired && !allowAfterExpiry) {
            return Outcome.refused("The order has expired");
        }
        if (state != State.OPEN && state != State.EXPIRED) {
            return Outcome.refused("The order is already " + state);
        }
        state = State.PAID;
        paidAmount = paid;
        paymentMethod = method;
        paidAt = now;
        finishedAt = now;
        keeper.accept(this);
        return Outcome.DONE;
    }

    /** Fails or cancels an open order that has not expired. */
    synchronized Outcome close(State to, Instant now) {
        if (to != State.FAILED && to != State.CANCELLED) {
            throw new IllegalArgumentException("close only fails or cancels");
        }
        if (state != State.OPEN) {
            return Outcome.refused("The order is already " + state);
        }
        if (!now.isBefore(expiresAt)) {
            return Outcome.refused("The order has expired");
        }
        state = to;
        finishedAt = now;
        keeper.accept(this);
        return Outcome.DONE;
    }

    /** Expires an open order; {@code force} expires it before its time (for tests and demos). */
    synchronized boolean expire(Instant now, boolean force) {
        if (state != State.OPEN || (!force && now.isBefore(expiresAt))) {
            return false;
        }
        state = State.EXPIRED;
        finishedAt = now;
        keeper.accept(this);
        return true;
    }

    synchronized State state() {
        return state;
    }

    synchronized long paidAmount() {
        return paidAmount;
    }

    synchronized String paymentMethod() {
        return paymentMethod;
    }

    synchronized Instant paidAt() {
        return paidAt;
    }

    synchronized Instant finishedAt() {
        return finishedAt;
    }

    /** What Cash In reports as the amount: what was paid once paid, the order amount before. */
    synchronized long reportedAmount() {
        return state == State.PAID ? paidAmount : amount;
    }

    /** The checkout status API's three states. */
    synchronized String checkoutStatus() {
        return switch (state) {
            case OPEN -> "OPEN";
            case PAID -> "SUCCESS";
            case FAILED, CANCELLED, EXPIRED -> "FAILED";
        };
    }

    /** SNAP latestTransactionStatus. */
    synchronized String snapStatus() {
        return snapStatusOf(state);
    }

    static String snapStatusOf(State state) {
        return switch (state) {
            case PAID -> "00";
            case OPEN -> "03";
            case CANCELLED, EXPIRED -> "05";
            case FAILED -> "06";
        };
    }

    static String snapDescription(String status) {
        return switch (status) {
            case "00" -> "Success";
            case "03" -> "Pending";
            case "05" -> "Cancelled";
            case "06" -> "Failed";
            default -> "Unknown";
        };
    }

    void recordDelivery(Delivery delivery) {
        deliveries.add(delivery);
        keeper.accept(this);
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    Kind kind() {
        return kind;
    }

    /** The operation that created the order, which is where money faults are switched on. */
    String createEndpoint() {
        return kind == Kind.CHECKOUT ? "payment" : "qr-mpm-generate";
    }

    String referenceNo() {
        return referenceNo;
    }

    String merchantReference() {
        return merchantReference;
    }

    String token() {
        return token;
    }

    long amount() {
        return amount;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    String externalId() {
        return externalId;
    }

    String paymentChannel() {
        return paymentChannel;
    }

    String successCallbackUrl() {
        return successCallbackUrl;
    }

    String cancelCallbackUrl() {
        return cancelCallbackUrl;
    }

    String qrContent() {
        return qrContent;
    }
}
