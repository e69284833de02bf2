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
    private Instant expiresAt;
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
                asked ? EventText.of("issued") : EventText.of("issued-other-amount", amountToPay, amount),
                capExpiry(created), now);
    }

    /**
     * Caps the payment's expiry at the life of the gateway's instrument (a QR that dies sooner than the
     * payment would leave the customer a dead QR); says on the timeline what was asked and what it is now.
     */
    private String capExpiry(GatewayPaymentCreated created) {
        Instant instrumentDies = created.instrumentExpiresAt();
        if (instrumentDies == null || !instrumentDies.isBefore(expiresAt)) {
            return null;
        }
        Instant requested = expiresAt;
        expiresAt = instrumentDies;
        return "expiry capped: requested " + requested + ", now " + instrumentDies
                + " (the gateway's payment instrument lives until then)";
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
     * time. A change the status machine refuses is ignored (PAID is never moved back).
     *
     * <p>The money rule (DESIGN.md: the gateway is the source of truth for money, so its word must be
     * exact): a payment becomes PAID only when the report carries a paid amount, in the payment's
     * currency, equal to the amount to pay. Any other amount is an {@link ReportOutcome.AmountMismatch};
     * a missing, unreadable, negative, fractional-rupiah or foreign-currency amount is an
     * {@link ReportOutcome.UnusableAmount}. Neither changes the status; the caller sends both to ops.
     *
     * <p>A report that carries the gateway's offer (amount to pay, QR, link) teaches it to a payment that
     * has none yet — a create whose answer was lost — before the status is judged.
     */
    public ReportOutcome apply(GatewayReport report, Actor actor, Instant now) {
        PaymentStatus reported = report.status();
        report.offered().ifPresent(offer -> learnOffer(offer, report.source(), actor, now));
        if (reported == PaymentStatus.PAID) {
            Optional<ReportOutcome> refused = refusePaidAmount(report);
            if (refused.isPresent()) {
                return refused.get();
            }
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
            paidAmount = report.money().orElseThrow();
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
                report.amount() instanceof id.kasir.domain.money.ReportedAmount.Missing ? null
                        : "reported amount " + report.amount().describe(), now);
        return new ReportOutcome.Applied(from, reported, flag);
    }

    /** Empty when the report's amount may make this payment PAID; else why not. */
    private Optional<ReportOutcome> refusePaidAmount(GatewayReport report) {
        Optional<Money> paid = report.money();
        if (paid.isEmpty() || !paid.get().currency().equals(amountToPay.currency())) {
            return Optional.of(new ReportOutcome.UnusableAmount(amountToPay, report.amount()));
        }
        if (paid.get().compareTo(amountToPay) != 0) {
            return Optional.of(new ReportOutcome.AmountMismatch(amountToPay, paid.get()));
        }
        return Optional.empty();
    }

    /**
     * Learns what the customer needs from the gateway's answer, when this payment has not got it yet (its
     * create timed out): the amount to pay, the QR or link, the gateway's reference. Once known, the
     * instructions are not replaced by a later report.
     */
    private void learnOffer(GatewayPaymentCreated offer, GatewayReport.Source source, Actor actor, Instant now) {
        if (!status.isInFlight() || !instructions.equals(PaymentInstructions.NONE)
                || !offer.amountToPay().currency().equals(amount.currency())
                || (offer.instructions().equals(PaymentInstructions.NONE) && offer.amountToPay().equals(amountToPay))) {
            return;
        }
        this.instructions = offer.instructions();
        this.amountToPay = offer.amountToPay();
        String capped = capExpiry(offer);
        if (offer.gatewayReference() != null && gatewayReference == null) {
            this.gatewayReference = offer.gatewayReference();
        }
        if (offer.fee() != null) {
            this.gatewayFee = offer.fee();
        }
        record(PaymentEventType.INSTRUCTIONS_LEARNED, status, status, actor,
                "Learned from the gateway's " + source.name().toLowerCase() + " what the customer needs to pay: "
                        + amountToPay + (amountToPay.equals(amount) ? "" : " (asked " + amount + ")"),
                describeInstructions(instructions) + (capped == null ? "" : "; " + capped), now);
    }

    private static String describeInstructions(PaymentInstructions i) {
        List<String> parts = new ArrayList<>();
        if (i.checkoutUrl() != null) {
            parts.add("checkout link");
        }
        if (i.qrContent() != null) {
            parts.add("QR content");
        }
        if (i.qrImageUrl() != null) {
            parts.add("QR image");
        }
        if (i.payCode() != null) {
            parts.add("pay code");
        }
        return parts.isEmpty() ? "no QR, link or pay code: the gateway's answer has none" : String.join(", ", parts);
    }

    /** Notes on the timeline that a "paid" report's amount could not be used (the status is left as it is). */
    public void noteUnusableAmount(ReportOutcome.UnusableAmount unusable, Actor actor, Instant now) {
        record(PaymentEventType.UNUSABLE_AMOUNT, status, status, actor,
                "Gateway reports paid with " + unusable.reported().describe() + ", expected " + unusable.expected()
                        + ": not applied, sent to ops", null, now);
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

    /**
     * Ops accept the amount the gateway reported paid although it is not the amount to pay (an amount
     * mismatch): the payment becomes PAID with {@code received} as its paid amount, and the timeline flags
     * it with a {@link PaymentEventType#PAID_AMOUNT_ACCEPTED} line. The status machine decides whether
     * PAID may be reached; a PAID payment is refused (a confirmed payment never moves back, and its paid
     * amount is the gateway's).
     *
     * @throws id.kasir.domain.common.DomainRuleViolation when the payment is already PAID
     */
    public void acceptPaidAmount(Money received, Actor actor, String reason, Instant now) {
        Objects.requireNonNull(received, "received");
        if (status == PaymentStatus.PAID || !PaymentTransitions.TABLE.allows(status, PaymentStatus.PAID)) {
            throw new id.kasir.domain.common.DomainRuleViolation(
                    "A " + status + " payment cannot take another paid amount");
        }
        if (!received.currency().equals(amountToPay.currency())) {
            throw new id.kasir.domain.common.DomainRuleViolation(
                    "The amount received is in " + received.currency() + ", the payment in " + amountToPay.currency());
        }
        PaymentStatus from = status;
        paidAmount = received;
        paidAt = now;
        statusReason = "amount received accepted by " + actor.name() + ": " + reason;
        moveTo(PaymentStatus.PAID, actor, "Amount received " + received + " accepted (to pay " + amountToPay
                + ", was " + from + ")", reason, now);
        record(PaymentEventType.PAID_AMOUNT_ACCEPTED, null, null, actor,
                "PAID_AMOUNT_ACCEPTED: paid " + received + " instead of " + amountToPay, reason, now);
    }

    /** Ops keep a payment that was paid after it expired or closed; it must be PAID already. */
    public void keepLatePayment(Actor actor, String reason, Instant now) {
        if (status != PaymentStatus.PAID) {
            throw new id.kasir.domain.common.DomainRuleViolation("Only a PAID payment can be kept, this one is " + status);
        }
        record(PaymentEventType.LATE_PAYMENT_KEPT, status, status, actor, "Late payment kept: the merchant delivers",
                reason, now);
    }

    /** A refund of {@code amount} was opened for this payment; its status does not change. */
    public void refundNeeded(Money amount, long refundId, Actor actor, String reason, Instant now) {
        record(PaymentEventType.REFUND_NEEDED, status, status, actor,
                "Refund #" + refundId + " of " + amount + " to make by hand (the gateway offers no refund call)",
                reason, now);
    }

    /** The refund was recorded done; the status does not change. */
    public void refundDone(long refundId, Actor actor, String note, Instant now) {
        record(PaymentEventType.REFUND_DONE, status, status, actor, "Refund #" + refundId + " recorded done", note, now);
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

    /** A status change whose line has no text code yet: the portal shows its English summary. */
    private void moveTo(PaymentStatus to, Actor actor, String summary, String detail, Instant now) {
        moveTo(to, actor, summary, null, detail, now);
    }

    /** A timeline line without a text code yet: the portal shows its English summary. */
    private void record(PaymentEventType type, PaymentStatus from, PaymentStatus to, Actor actor, String summary,
                        String detail, Instant now) {
        record(type, from, to, actor, summary, null, detail, now);
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
