package id.kasir.domain.payment;

import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.gateway.GatewayPaymentLookup;
import id.kasir.domain.gateway.GatewayPaymentRequest;
import id.kasir.domain.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment: the aggregate that holds the rules of how its status may change. Every change goes
 * through {@link PaymentTransitions#TABLE} and appends a timeline event; the repository stores the
 * new events with the state, under the payment's version (optimistic locking).
 */
public final class Payment {

    private final PaymentId id;
    private final String orderId;
    private final GatewayId gateway;
    private final PaymentMethod method;
    private final Money amount;
    private final String reference;
    private final Customer customer;
    private final String description;
    private final String successUrl;
    private final String cancelUrl;
    private final Instant expiresAt;
    private final Instant createdAt;
    private final long version;

    private Money amountToPay;
    private Money paidAmount;
    private Money gatewayFee;
    private String gatewayReference;
    private PaymentInstructions instructions;
    private PaymentStatus status;
    private String statusReason;
    private Instant updatedAt;
    private Instant paidAt;

    private final List<PaymentEvent> newEvents = new ArrayList<>();

    private Payment(PaymentState s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.orderId = Objects.requireNonNull(s.orderId(), "orderId");
        this.gateway = Objects.requireNonNull(s.gateway(), "gateway");
        this.method = Objects.requireNonNull(s.method(), "method");
        this.amount = Objects.requireNonNull(s.amount(), "amount");
        this.reference = Objects.requireNonNull(s.reference(), "reference");
        this.customer = s.customer() == null ? Customer.UNKNOWN : s.customer();
        this.description = s.description();
        this.successUrl = s.successUrl();
        this.cancelUrl = s.cancelUrl();
        this.expiresAt = Objects.requireNonNull(s.expiresAt(), "expiresAt");
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.version = s.version();
        this.amountToPay = s.amountToPay() == null ? s.amount() : s.amountToPay();
        this.paidAmount = s.paidAmount();
        this.gatewayFee = s.gatewayFee();
        this.gatewayReference = s.gatewayReference();
        this.instructions = s.instructions() == null ? PaymentInstructions.NONE : s.instructions();
        this.status = Objects.requireNonNull(s.status(), "status");
        this.statusReason = s.statusReason();
        this.updatedAt = s.updatedAt() == null ? s.createdAt() : s.updatedAt();
        this.paidAt = s.paidAt();
    }

    /** A new payment, saved as PENDING before any gateway is called. */
    public static Payment request(PaymentId id, String reference, NewPayment details, Actor requestedBy, Instant now) {
        if (!details.expiresAt().isAfter(now)) {
            throw new IllegalArgumentException("expiresAt must be in the future");
        }
        Payment payment = new Payment(new PaymentState(id, details.orderId(), details.gateway(), details.method(),
                details.amount(), details.amount(), null, null, reference, null, PaymentInstructions.NONE,
                details.customer(), details.description(), details.successUrl(), details.cancelUrl(),
                PaymentStatus.PENDING, null, details.expiresAt(), now, now, null, 0));
        payment.record(PaymentEventType.CREATED, null, PaymentStatus.PENDING, requestedBy,
                "Payment of " + details.amount() + " requested at " + details.gateway() + " by " + details.method(),
                EventText.of("created", details.amount(), details.gateway().value(),
                        EventText.key("method." + details.method().name())),
                null, now);
        return payment;
    }

    /** Rebuilds a stored payment; no rule runs and no event is written. */
    public static Payment restore(PaymentState state) {
        return new Payment(state);
    }

    public PaymentState state() {
        return new PaymentState(id, orderId, gateway, method, amount, amountToPay, paidAmount, gatewayFee, reference,
                gatewayReference, instructions, customer, description, successUrl, cancelUrl, status, statusReason,
                expiresAt, createdAt, updatedAt, paidAt, version);
    }

    public GatewayPaymentRequest toGatewayRequest() {
        return new GatewayPaymentRequest(id, reference, orderId, amount, method, expiresAt, customer, description,
                successUrl, cancelUrl);
    }

    public GatewayPaymentLookup toGatewayLookup() {
        return new GatewayPaymentLookup(id, reference, gatewayReference, method, createdAt);
    }

    /** Records a gateway call on the timeline (request and response are masked by the adapter). */
    public void recordGatewayCall(GatewayExchange exchange, Actor actor, Instant now) {
        record(PaymentEventType.GATEWAY_CALL, null, null, actor, "Called " + gateway + ": " + exchange.operation(),
                EventText.of("gateway-call", gateway.value(), exchange.operation()), exchange.describe(), now);
    }

    /** The gateway accepted the payment: link or QR issued, the amount to pay is the gateway's. */
    public void opened(GatewayPaymentCreated created, Instant now) {
        requireStatus(PaymentStatus.PENDING, "open");
        this.amountToPay = created.amountToPay();
        this.gatewayFee = created.fee();
        this.gatewayReference = created.gatewayReference();
        this.instructions = created.instructions();
        boolean asked = amountToPay.equals(amount);
        String summary = asked
                ? "Gateway issued the payment"
                : "Gateway issued the payment; customer must pay " + amountToPay + " (asked " + amount + ")";
        moveTo(PaymentStatus.OPEN, Actor.gateway(gateway.value()), summary,
                asked ? EventText.of("issued") : EventText.of("issued-other-amount", amountToPay, amount), null, now);
    }

    /** The gateway said no to creating the payment: a business answer, so the payment failed. */
    public void declined(String code, String message, Instant now) {
        requireStatus(PaymentStatus.PENDING, "decline");
        this.statusReason = (code == null ? "" : code + ": ") + message;
        moveTo(PaymentStatus.FAILED, Actor.gateway(gateway.value()), "Gateway declined: " + statusReason,
                EventText.of("declined", statusReason), null, now);
    }

    /** We could not learn what the gateway did: the payment stays PENDING until a query finds out. */
    public void outcomeUnknown(String reason, Actor actor, Instant now) {
        this.statusReason = reason;
        record(PaymentEventType.OUTCOME_UNKNOWN, status, status, actor,
                "Gateway outcome unknown, stays " + status + ": " + reason,
                EventText.of("outcome-unknown", status, reason), null, now);
    }

    /**
     * Applies what the gateway says. Idempotent: the same report twice changes nothing the second
     * time. A paid amount other than the amount to pay is not applied. A change the status machine
     * refuses is ignored (PAID is never moved back).
     */
    public ReportOutcome apply(GatewayReport report, Actor actor, Instant now) {
        PaymentStatus reported = report.status();
        if (reported == PaymentStatus.PAID && report.amount() != null
                && report.amount().compareTo(amountToPay) != 0) {
            return new ReportOutcome.AmountMismatch(amountToPay, report.amount());
        }
        if (reported == status) {
            learnDetails(report, actor, now);
            return new ReportOutcome.Unchanged(status);
        }
        if (!PaymentTransitions.TABLE.allows(status, reported)) {
            return new ReportOutcome.Ignored(status, reported,
                    status + " -> " + reported + " is not allowed" + (status == PaymentStatus.PAID
                            ? ": a confirmed PAID is final" : ""));
        }
        PaymentStatus from = status;
        Optional<String> flag = PaymentTransitions.TABLE.flagFor(from, reported);
        if (report.gatewayReference() != null && gatewayReference == null) {
            gatewayReference = report.gatewayReference();
        }
        if (report.fee() != null) {
            gatewayFee = report.fee();
        }
        if (reported == PaymentStatus.PAID) {
            paidAmount = report.amount() == null ? amountToPay : report.amount();
            paidAt = now;
        }
        statusReason = reported == PaymentStatus.PAID ? null : "gateway says " + report.gatewayStatus();
        EventText.Key source = EventText.key("source." + report.source().name());
        moveTo(reported, actor,
                "Gateway " + report.source().name().toLowerCase() + " says " + report.gatewayStatus()
                        + flag.map(f -> " (" + f + ")").orElse(""),
                flag.map(f -> EventText.of("gateway-says-flagged", source, report.gatewayStatus(), reported,
                                EventText.key("flag." + f.replace(' ', '-'))))
                        .orElse(EventText.of("gateway-says", source, report.gatewayStatus(), reported)),
                report.amount() == null ? null : "reported amount " + report.amount(), now);
        return new ReportOutcome.Applied(from, reported, flag);
    }

    /** Notes on the timeline that a report's amount did not match (the status is left as it is). */
    public void noteAmountMismatch(ReportOutcome.AmountMismatch mismatch, Actor actor, Instant now) {
        record(PaymentEventType.AMOUNT_MISMATCH, status, status, actor,
                "Gateway reports " + mismatch.reported() + " paid, expected " + mismatch.expected()
                        + ": not applied, sent to ops",
                EventText.of("amount-mismatch", mismatch.reported(), mismatch.expected()), null, now);
    }

    /** Our clock says the payment is overdue. EXPIRED may still become PAID if the gateway says so. */
    public boolean expireIfOverdue(Instant now) {
        if (!status.isInFlight() || now.isBefore(expiresAt)) {
            return false;
        }
        statusReason = "expired by our clock at " + expiresAt;
        moveTo(PaymentStatus.EXPIRED, Actor.clock(), "Expired: not paid by " + expiresAt,
                EventText.of("expired", expiresAt), null, now);
        return true;
    }

    /** An ops person closes a payment that is still open (e.g. the customer called it off). */
    public void cancel(Actor actor, String reason, Instant now) {
        if (!PaymentTransitions.TABLE.allows(status, PaymentStatus.CANCELLED)) {
            throw new id.kasir.domain.common.DomainRuleViolation(
                    "A " + status + " payment cannot be cancelled");
        }
        statusReason = reason;
        moveTo(PaymentStatus.CANCELLED, actor, "Cancelled: " + reason, EventText.of("cancelled", reason), null, now);
    }

    /** The events appended since the payment was loaded; the repository stores and clears them. */
    public List<PaymentEvent> newEvents() {
        return List.copyOf(newEvents);
    }

    public void clearNewEvents() {
        newEvents.clear();
    }

    private void learnDetails(GatewayReport report, Actor actor, Instant now) {
        boolean learned = false;
        if (report.gatewayReference() != null && gatewayReference == null) {
            gatewayReference = report.gatewayReference();
            learned = true;
        }
        if (report.fee() != null && !report.fee().equals(gatewayFee)) {
            gatewayFee = report.fee();
            learned = true;
        }
        if (learned) {
            record(PaymentEventType.DETAILS_UPDATED, status, status, actor,
                    "Gateway reference " + gatewayReference + ", fee " + gatewayFee,
                    EventText.of("details", gatewayReference, gatewayFee == null ? "–" : gatewayFee), null, now);
        }
    }

    private void requireStatus(PaymentStatus expected, String action) {
        if (status != expected) {
            throw new IllegalStateException("Cannot " + action + " a " + status + " payment " + id);
        }
    }

    private void moveTo(PaymentStatus to, Actor actor, String summary, EventText text, String detail, Instant now) {
        if (!PaymentTransitions.TABLE.allows(status, to)) {
            throw new IllegalStateException(status + " -> " + to + " is not allowed for payment " + id);
        }
        PaymentStatus from = status;
        status = to;
        record(PaymentEventType.STATUS_CHANGED, from, to, actor, summary, text, detail, now);
    }

    /** {@code summary} is the English line (logs, API); {@code text} the same as a code and arguments (portal). */
    private void record(PaymentEventType type, PaymentStatus from, PaymentStatus to, Actor actor, String summary,
                        EventText text, String detail, Instant now) {
        updatedAt = now;
        newEvents.add(new PaymentEvent(type, from, to, actor, summary, detail, now, text));
    }

    public PaymentId id() { return id; }
    public String orderId() { return orderId; }
    public GatewayId gateway() { return gateway; }
    public PaymentMethod method() { return method; }
    public Money amount() { return amount; }
    public Money amountToPay() { return amountToPay; }
    public Optional<Money> paidAmount() { return Optional.ofNullable(paidAmount); }
    public Optional<Money> gatewayFee() { return Optional.ofNullable(gatewayFee); }
    public String reference() { return reference; }
    public Optional<String> gatewayReference() { return Optional.ofNullable(gatewayReference); }
    public PaymentInstructions instructions() { return instructions; }
    public Customer customer() { return customer; }
    public Optional<String> description() { return Optional.ofNullable(description); }
    public Optional<String> successUrl() { return Optional.ofNullable(successUrl); }
    public Optional<String> cancelUrl() { return Optional.ofNullable(cancelUrl); }
    public PaymentStatus status() { return status; }
    public Optional<String> statusReason() { return Optional.ofNullable(statusReason); }
    public Instant expiresAt() { return expiresAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Optional<Instant> paidAt() { return Optional.ofNullable(paidAt); }
    public long version() { return version; }

    @Override
    public String toString() {
        return "Payment[" + id + " order=" + orderId + " " + gateway + "/" + method + " " + amountToPay + " " + status + "]";
    }
}
