package id.kasir.domain.payout;

import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.PayoutRuleViolation.Rule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A payout to a customer's e-wallet: the aggregate that holds the rules of who may do what to it and how
 * its status may change. Money that leaves cannot be pulled back, so:
 * <ul>
 *   <li>maker-checker: the maker never approves or rejects it; above the second-approver threshold two
 *       different people approve; an approver acknowledges a name that differs from the expected one;</li>
 *   <li>it is marked {@code PROCESSING} before the transfer is sent, under one {@code partnerReferenceNo}
 *       for its whole life, so a crash or retry never sends a second transfer;</li>
 *   <li>the gateway's word is applied through {@link #apply}, idempotently; {@code SUCCEEDED} never moves
 *       back, and a late "failed" is handed to ops, not dropped;</li>
 *   <li>the same transfer is sent again only when the status query said "not found" at least the grace
 *       period after the last send ({@link #mayResend}).</li>
 * </ul>
 * Every change appends a timeline event; the repository stores them with the state under the payout's
 * version (optimistic locking).
 */
public final class Payout {

    private final PayoutId id;
    private final String reference;
    private final String partnerReferenceNo;
    private final GatewayId gateway;
    private final Money amount;
    private final Actor maker;
    private final String idempotencyKeyHash;
    private final String requestFingerprint;
    private final Instant createdAt;
    private final long version;

    private Beneficiary beneficiary;
    private int approvalsRequired;
    private Actor firstApprover;
    private Actor secondApprover;
    private Actor rejectedBy;
    private Actor nameMismatchAcknowledgedBy;
    private PayoutStatus status;
    private String statusReason;
    private String gatewayReference;
    private int transferAttempts;
    private Instant firstSentAt;
    private Instant lastSentAt;
    private LocalDate sendDay;
    private Instant notFoundAt;
    private Instant nextCheckAt;
    private int statusChecks;
    private Instant settledAt;
    private Instant updatedAt;
    private final List<PayoutEvent> newEvents = new ArrayList<>();

    private Payout(PayoutState s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.reference = Objects.requireNonNull(s.reference(), "reference");
        this.partnerReferenceNo = Objects.requireNonNull(s.partnerReferenceNo(), "partnerReferenceNo");
        this.gateway = Objects.requireNonNull(s.gateway(), "gateway");
        this.amount = Objects.requireNonNull(s.amount(), "amount");
        this.maker = Objects.requireNonNull(s.maker(), "maker");
        this.idempotencyKeyHash = s.idempotencyKeyHash();
        this.requestFingerprint = s.requestFingerprint();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.version = s.version();
        this.beneficiary = Objects.requireNonNull(s.beneficiary(), "beneficiary");
        this.approvalsRequired = Math.max(1, s.approvalsRequired());
        this.firstApprover = s.firstApprover();
        this.secondApprover = s.secondApprover();
        this.rejectedBy = s.rejectedBy();
        this.nameMismatchAcknowledgedBy = s.nameMismatchAcknowledgedBy();
        this.status = Objects.requireNonNull(s.status(), "status");
        this.statusReason = s.statusReason();
        this.gatewayReference = s.gatewayReference();
        this.transferAttempts = s.transferAttempts();
        this.firstSentAt = s.firstSentAt();
        this.lastSentAt = s.lastSentAt();
        this.sendDay = s.sendDay();
        this.notFoundAt = s.notFoundAt();
        this.nextCheckAt = s.nextCheckAt();
        this.statusChecks = s.statusChecks();
        this.settledAt = s.settledAt();
        this.updatedAt = s.updatedAt() == null ? s.createdAt() : s.updatedAt();
    }

    /**
     * A requested payout whose account holder the gateway's inquiry has just named: drafted, confirmed and
     * submitted for approval in one step (nothing can be approved before the name is known).
     *
     * @param inquiry    the account inquiry that named {@code confirmedName}, for the timeline
     * @param requestKey the merchant's Idempotency-Key hash and the request's fingerprint (either may be null)
     */
    public static Payout requested(PayoutId id, String partnerReferenceNo, GatewayId gateway, NewPayout details,
                                   String confirmedName, GatewayExchange inquiry, int approvalsRequired, Actor maker,
                                   RequestKey requestKey, Instant now) {
        Payout payout = new Payout(new PayoutState(id, details.reference(), partnerReferenceNo, gateway,
                details.beneficiary(), details.amount(), maker, approvalsRequired, null, null, null, null,
                PayoutStatus.DRAFT, null, null, 0, null, null, null, null, null, 0, null,
                requestKey == null ? null : requestKey.idempotencyKeyHash(),
                requestKey == null ? null : requestKey.fingerprint(), now, now, 0));
        payout.record(PayoutEventType.REQUESTED, null, PayoutStatus.DRAFT, maker,
                "Payout of " + details.amount() + " to " + details.channel() + " " + payout.beneficiary.maskedNumber()
                        + " requested by " + maker.name() + " (reference " + details.reference() + ")", null, now);
        payout.recordGatewayCall(inquiry, maker, now);
        payout.confirmBeneficiary(confirmedName, Actor.gateway(gateway.value()), now);
        payout.moveTo(PayoutStatus.AWAITING_APPROVAL, maker,
                "Waiting for " + (payout.approvalsRequired == 2 ? "two approvals" : "approval"), null, now);
        return payout;
    }

    /** The merchant's Idempotency-Key (hashed) and the fingerprint of what was asked. */
    public record RequestKey(String idempotencyKeyHash, String fingerprint) {
    }

    /** Rebuilds a stored payout; no rule runs and no event is written. */
    public static Payout restore(PayoutState state) {
        return new Payout(state);
    }

    public PayoutState state() {
        return new PayoutState(id, reference, partnerReferenceNo, gateway, beneficiary, amount, maker,
                approvalsRequired, firstApprover, secondApprover, rejectedBy, nameMismatchAcknowledgedBy, status,
                statusReason, gatewayReference, transferAttempts, firstSentAt, lastSentAt, sendDay, notFoundAt,
                nextCheckAt, statusChecks, settledAt, idempotencyKeyHash, requestFingerprint, createdAt, updatedAt,
                version);
    }

    private void confirmBeneficiary(String name, Actor actor, Instant now) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The account inquiry must name the account holder");
        }
        beneficiary = beneficiary.confirmedAs(name);
        NameCheck check = beneficiary.nameCheck();
        String summary = switch (check) {
            case NOT_GIVEN -> "Account holder confirmed by inquiry as " + beneficiary.confirmedName();
            case MATCHES -> "Account holder confirmed by inquiry as " + beneficiary.confirmedName()
                    + ", as expected";
            case DIFFERS -> "Account holder confirmed by inquiry as " + beneficiary.confirmedName()
                    + ", but the requester expected " + beneficiary.expectedName()
                    + ": the approver must acknowledge the difference";
        };
        record(PayoutEventType.BENEFICIARY_CONFIRMED, status, status, actor, summary,
                "confirmed: " + beneficiary.confirmedName() + "\nexpected: "
                        + (beneficiary.expectedName() == null ? "(not given)" : beneficiary.expectedName())
                        + "\ncheck: " + check, now);
    }

    /**
     * A checker approves. When fewer approvals than needed are in, the payout keeps waiting for the next
     * approver; the last one needed makes it {@code APPROVED}.
     *
     * @param approvalsNeeded        what the limits ask for this amount now (never lowers what the payout needs)
     * @param acknowledgeNameMismatch the approver saw that the confirmed name differs from the expected one
     * @throws PayoutRuleViolation    when the maker approves, the same person approves twice, a name
     *                                mismatch is not acknowledged, or it is not waiting for approval
     */
    public void approve(Actor approver, int approvalsNeeded, boolean acknowledgeNameMismatch, String note, Instant now) {
        requireDecidable(approver);
        if (firstApprover != null && firstApprover.equals(approver)) {
            throw new PayoutRuleViolation(Rule.SAME_APPROVER_TWICE,
                    "This payout needs a second approver: " + approver.name() + " has approved it already");
        }
        boolean mismatch = beneficiary.nameCheck() == NameCheck.DIFFERS;
        if (mismatch && !acknowledgeNameMismatch) {
            throw new PayoutRuleViolation(Rule.NAME_MISMATCH_NOT_ACKNOWLEDGED,
                    "The account holder is " + beneficiary.confirmedName() + ", not the expected "
                            + beneficiary.expectedName() + ": acknowledge the difference to approve");
        }
        if (mismatch && nameMismatchAcknowledgedBy == null) {
            nameMismatchAcknowledgedBy = approver;
        }
        approvalsRequired = Math.max(approvalsRequired, Math.min(2, Math.max(1, approvalsNeeded)));
        String noteText = note == null || note.isBlank() ? "" : ": " + note.strip();
        if (firstApprover == null) {
            firstApprover = approver;
        } else {
            secondApprover = approver;
        }
        int approvals = secondApprover == null ? 1 : 2;
        String ack = mismatch ? " (name difference acknowledged)" : "";
        if (approvals < approvalsRequired) {
            record(PayoutEventType.APPROVAL_RECORDED, status, status, approver,
                    "Approved by " + approver.name() + " (1 of 2); a second approver is needed" + ack + noteText,
                    null, now);
            return;
        }
        moveTo(PayoutStatus.APPROVED, approver, "Approved by " + approver.name()
                + (approvalsRequired == 2 ? " (2 of 2)" : "") + ack + noteText, null, now);
    }

    /** A checker refuses it, with a reason; nothing is sent. */
    public void reject(Actor checker, String reason, Instant now) {
        requireDecidable(checker);
        if (reason == null || reason.isBlank()) {
            throw new PayoutRuleViolation(Rule.REASON_REQUIRED, "A rejection needs a reason");
        }
        rejectedBy = checker;
        statusReason = reason.strip();
        settledAt = now;
        moveTo(PayoutStatus.REJECTED, checker, "Rejected by " + checker.name() + ": " + statusReason, null, now);
    }

    private void requireDecidable(Actor checker) {
        if (status != PayoutStatus.AWAITING_APPROVAL) {
            throw new PayoutRuleViolation(Rule.WRONG_STATUS, "Payout " + reference + " is " + status
                    + ", not waiting for approval");
        }
        if (checker.kind() != Actor.Kind.OPERATOR) {
            throw new PayoutRuleViolation(Rule.CHECKER_MUST_BE_A_PERSON, "Only an ops person approves or rejects a payout");
        }
        if (checker.equals(maker)) {
            throw new PayoutRuleViolation(Rule.MAKER_CANNOT_DECIDE,
                    "The maker of a payout cannot approve or reject it: another person must");
        }
    }

    /**
     * Marks the first transfer as being sent, stored <em>before</em> the gateway is called: a crash
     * after this leaves it {@code PROCESSING}, and the status query (not a second send) finds out.
     *
     * @param businessDay  the day whose limit this payout counts against
     * @param firstCheckAt when to ask the gateway first if no answer settles it
     */
    public void startSending(LocalDate businessDay, Instant firstCheckAt, Instant now) {
        requireStatus(PayoutStatus.APPROVED);
        transferAttempts = 1;
        firstSentAt = now;
        lastSentAt = now;
        sendDay = Objects.requireNonNull(businessDay, "businessDay");
        notFoundAt = null;
        nextCheckAt = firstCheckAt;
        statusChecks = 0;
        moveTo(PayoutStatus.PROCESSING, Actor.system("payout-sender"),
                "Sending the transfer as " + partnerReferenceNo + " (stored first, so it is never sent twice)", null,
                now);
    }

    /** A limit refused it just before sending: it is not sent, and that is final. */
    public void notSent(String reason, Instant now) {
        requireStatus(PayoutStatus.APPROVED);
        statusReason = "not sent: " + reason;
        settledAt = now;
        moveTo(PayoutStatus.FAILED, Actor.system("payout-sender"), "Not sent: " + reason, null, now);
    }

    /**
     * Applies what the gateway says. Idempotent: the same report twice changes nothing the second time.
     * Success for another amount and failure after success are not applied (the caller hands them to ops);
     * a change the status machine refuses is ignored.
     */
    public PayoutReportOutcome apply(TransferReport report, Actor actor, Instant now) {
        if (!status.wasSent()) {
            return new PayoutReportOutcome.Ignored(status, report.outcome(), "the payout has not been sent");
        }
        return switch (report.outcome()) {
            case NOT_FOUND -> notFound(report, actor, now);
            case PROCESSING -> stillProcessing(report, actor, now);
            case SUCCEEDED -> succeeded(report, actor, now);
            case FAILED -> failed(report, actor, now);
        };
    }

    private PayoutReportOutcome notFound(TransferReport report, Actor actor, Instant now) {
        if (status != PayoutStatus.PROCESSING) {
            return new PayoutReportOutcome.Ignored(status, report.outcome(), "a settled payout stays " + status);
        }
        notFoundAt = now;
        record(PayoutEventType.TRANSFER_NOT_FOUND, status, status, actor,
                "The gateway does not know transfer " + partnerReferenceNo + " ("
                        + Duration.between(lastSentAt, now).toSeconds() + " s after attempt " + transferAttempts + ")",
                null, now);
        return new PayoutReportOutcome.NotFound(transferAttempts, lastSentAt);
    }

    private PayoutReportOutcome stillProcessing(TransferReport report, Actor actor, Instant now) {
        if (status != PayoutStatus.PROCESSING) {
            return new PayoutReportOutcome.Ignored(status, report.outcome(), "a settled payout stays " + status);
        }
        notFoundAt = null;
        learnReference(report, actor, now);
        return new PayoutReportOutcome.Unchanged(status);
    }

    private PayoutReportOutcome succeeded(TransferReport report, Actor actor, Instant now) {
        if (report.amount() != null && (!report.amount().currency().equals(amount.currency())
                || report.amount().compareTo(amount) != 0)) {
            return new PayoutReportOutcome.AmountMismatch(amount, report.amount());
        }
        if (status == PayoutStatus.SUCCEEDED) {
            learnReference(report, actor, now);
            return new PayoutReportOutcome.Unchanged(status);
        }
        PayoutStatus from = status;
        Optional<PayoutFlag> flag = PayoutTransitions.flagFor(from, PayoutStatus.SUCCEEDED);
        if (report.gatewayReference() != null) {
            gatewayReference = report.gatewayReference();
        }
        statusReason = null;
        notFoundAt = null;
        nextCheckAt = null;
        settledAt = now;
        moveTo(PayoutStatus.SUCCEEDED, actor, "Gateway " + words(report) + flag.map(f -> " (" + f.label() + ")").orElse(""),
                null, now);
        return new PayoutReportOutcome.Applied(from, PayoutStatus.SUCCEEDED, flag);
    }

    private PayoutReportOutcome failed(TransferReport report, Actor actor, Instant now) {
        if (status == PayoutStatus.FAILED) {
            return new PayoutReportOutcome.Unchanged(status);
        }
        if (status == PayoutStatus.SUCCEEDED) {
            return new PayoutReportOutcome.FailedAfterSuccess(report.gatewayStatus());
        }
        if (report.gatewayReference() != null && gatewayReference == null) {
            gatewayReference = report.gatewayReference();
        }
        PayoutStatus from = status;
        statusReason = "gateway says " + report.gatewayStatus();
        notFoundAt = null;
        nextCheckAt = null;
        settledAt = now;
        moveTo(PayoutStatus.FAILED, actor, "Gateway " + words(report), null, now);
        return new PayoutReportOutcome.Applied(from, PayoutStatus.FAILED, Optional.empty());
    }

    private static String words(TransferReport report) {
        return (report.source() == TransferReport.Source.STATUS_QUERY ? "status query says " : "transfer answer says ")
                + report.gatewayStatus();
    }

    private void learnReference(TransferReport report, Actor actor, Instant now) {
        if (report.gatewayReference() != null && gatewayReference == null) {
            gatewayReference = report.gatewayReference();
            record(PayoutEventType.DETAILS_UPDATED, status, status, actor, "Gateway reference " + gatewayReference,
                    null, now);
        }
    }

    /** Notes a success for another amount on the timeline (the status stays as it is). */
    public void noteAmountMismatch(PayoutReportOutcome.AmountMismatch mismatch, Actor actor, Instant now) {
        record(PayoutEventType.AMOUNT_MISMATCH, status, status, actor, "Gateway reports " + mismatch.reported()
                + " transferred, the payout is " + mismatch.expected() + ": not applied, sent to ops", null, now);
    }

    /** Notes a failure reported after success on the timeline (the payout stays SUCCEEDED). */
    public void noteFailedAfterSuccess(PayoutReportOutcome.FailedAfterSuccess late, Actor actor, Instant now) {
        record(PayoutEventType.FAILED_AFTER_SUCCESS, status, status, actor, "Gateway now says " + late.gatewayStatus()
                + " for a transfer it reported succeeded: not applied, sent to ops", null, now);
    }

    /** We could not learn the outcome (time-out, 5xx, unreadable, a refused query): the status stays. */
    public void outcomeUnknown(UnknownCause cause, String reason, Actor actor, Instant now) {
        record(PayoutEventType.OUTCOME_UNKNOWN, status, status, actor,
                "Outcome unknown" + (cause == null ? "" : " (" + cause + ")") + ", stays " + status + ": " + reason,
                null, now);
    }

    /** Records a gateway call on the timeline (request and response are masked by the adapter). */
    public void recordGatewayCall(GatewayExchange exchange, Actor actor, Instant now) {
        record(PayoutEventType.GATEWAY_CALL, null, null, actor, "Called " + gateway + ": " + exchange.operation()
                + " -> " + (exchange.httpStatus() == 0 ? "no answer" : "HTTP " + exchange.httpStatus()),
                exchange.describe(), now);
    }

    /**
     * Whether the same transfer may be sent again: only while {@code PROCESSING}, when the status query
     * said "not found" at least {@code grace} after the last send (a transfer still on its way is not
     * "not found" yet), and fewer than {@code maxAttempts} transfers were sent.
     */
    public boolean mayResend(Duration grace, int maxAttempts) {
        return status == PayoutStatus.PROCESSING && notFoundAt != null && lastSentAt != null
                && !notFoundAt.isBefore(lastSentAt.plus(grace)) && transferAttempts < maxAttempts;
    }

    /** "Not found" past the grace period, and no attempt left: the transfer never arrived; ops must decide. */
    public boolean neverArrived(Duration grace, int maxAttempts) {
        return status == PayoutStatus.PROCESSING && notFoundAt != null && lastSentAt != null
                && !notFoundAt.isBefore(lastSentAt.plus(grace)) && transferAttempts >= maxAttempts;
    }

    /**
     * Marks the same transfer, same {@code partnerReferenceNo}, as being sent again; stored before the call.
     *
     * @throws PayoutRuleViolation unless {@link #mayResend} holds
     */
    public void resend(Duration grace, int maxAttempts, Instant firstCheckAt, Instant now) {
        if (!mayResend(grace, maxAttempts)) {
            throw new PayoutRuleViolation(Rule.RESEND_NOT_ALLOWED, "Payout " + reference + " may be sent again only "
                    + "when the gateway's status query says it does not know the transfer, at least " + grace
                    + " after it was last sent, and fewer than " + maxAttempts + " transfers were sent");
        }
        transferAttempts++;
        lastSentAt = now;
        notFoundAt = null;
        nextCheckAt = firstCheckAt;
        statusChecks = 0;
        record(PayoutEventType.TRANSFER_RESENT, status, status, Actor.system("payout-sender"),
                "Sending the transfer again (attempt " + transferAttempts + ") with the same partnerReferenceNo "
                        + partnerReferenceNo + ": the gateway said it never arrived", null, now);
    }

    /** When to ask the gateway next (after a status query that left it {@code PROCESSING}); none once settled. */
    public void scheduleStatusCheck(Instant at) {
        nextCheckAt = status == PayoutStatus.PROCESSING ? at : null;
    }

    /** Counts a status query (the back-off grows with it). */
    public void countStatusCheck() {
        statusChecks++;
    }

    public TransferOrder toTransferOrder() {
        return new TransferOrder(id, partnerReferenceNo, beneficiary.channel(), beneficiary.customerNumber(), amount,
                transferAttempts);
    }

    public TransferLookup toTransferLookup() {
        return new TransferLookup(id, partnerReferenceNo, amount);
    }

    /** The events appended since the payout was loaded; the repository stores and clears them. */
    public List<PayoutEvent> newEvents() {
        return List.copyOf(newEvents);
    }

    public void clearNewEvents() {
        newEvents.clear();
    }

    private void requireStatus(PayoutStatus expected) {
        if (status != expected) {
            throw new PayoutRuleViolation(Rule.WRONG_STATUS, "Payout " + reference + " is " + status + ", not " + expected);
        }
    }

    private void moveTo(PayoutStatus to, Actor actor, String summary, String detail, Instant now) {
        if (!PayoutTransitions.TABLE.allows(status, to)) {
            throw new PayoutRuleViolation(Rule.WRONG_STATUS, "Payout " + reference + ": " + status + " -> " + to
                    + " is not allowed");
        }
        PayoutStatus from = status;
        status = to;
        record(PayoutEventType.STATUS_CHANGED, from, to, actor, summary, detail, now);
    }

    private void record(PayoutEventType type, PayoutStatus from, PayoutStatus to, Actor actor, String summary,
                        String detail, Instant now) {
        updatedAt = now;
        newEvents.add(new PayoutEvent(type, from, to, actor, summary, detail, now));
    }

    public PayoutId id() { return id; }
    public String reference() { return reference; }
    public String partnerReferenceNo() { return partnerReferenceNo; }
    public GatewayId gateway() { return gateway; }
    public Beneficiary beneficiary() { return beneficiary; }
    public Money amount() { return amount; }
    public Actor maker() { return maker; }
    public int approvalsRequired() { return approvalsRequired; }
    public Optional<Actor> firstApprover() { return Optional.ofNullable(firstApprover); }
    public Optional<Actor> secondApprover() { return Optional.ofNullable(secondApprover); }
    public Optional<Actor> rejectedBy() { return Optional.ofNullable(rejectedBy); }
    public Optional<Actor> nameMismatchAcknowledgedBy() { return Optional.ofNullable(nameMismatchAcknowledgedBy); }
    public int approvals() { return firstApprover == null ? 0 : secondApprover == null ? 1 : 2; }
    public PayoutStatus status() { return status; }
    public Optional<String> statusReason() { return Optional.ofNullable(statusReason); }
    public Optional<String> gatewayReference() { return Optional.ofNullable(gatewayReference); }
    public int transferAttempts() { return transferAttempts; }
    public Optional<Instant> firstSentAt() { return Optional.ofNullable(firstSentAt); }
    public Optional<Instant> lastSentAt() { return Optional.ofNullable(lastSentAt); }
    public Optional<LocalDate> sendDay() { return Optional.ofNullable(sendDay); }
    public Optional<Instant> notFoundAt() { return Optional.ofNullable(notFoundAt); }
    public Optional<Instant> nextCheckAt() { return Optional.ofNullable(nextCheckAt); }
    public int statusChecks() { return statusChecks; }
    public Optional<Instant> settledAt() { return Optional.ofNullable(settledAt); }
    public Optional<String> idempotencyKeyHash() { return Optional.ofNullable(idempotencyKeyHash); }
    public Optional<String> requestFingerprint() { return Optional.ofNullable(requestFingerprint); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }

    @Override
    public String toString() {
        return "Payout[" + id + " ref=" + reference + " " + beneficiary.channel() + " " + beneficiary.maskedNumber()
                + " " + amount + " " + status + "]";
    }
}
