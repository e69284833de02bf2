package id.kasir.domain.payout;

import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import id.kasir.domain.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A payout to a customer's e-wallet. Two people: a maker drafts and submits it, a checker who is not
 * the maker approves or rejects it. Only an approved payout is sent.
 */
public final class Payout {

    private final PayoutId id;
    private final String reference;
    private final Money amount;
    private final String maker;
    private final Instant createdAt;
    private final long version;

    private Beneficiary beneficiary;
    private String checker;
    private PayoutStatus status;
    private String statusReason;
    private String gatewayReference;
    private Instant updatedAt;
    private final List<PayoutEvent> newEvents = new ArrayList<>();

    private Payout(PayoutState s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.reference = Objects.requireNonNull(s.reference(), "reference");
        this.amount = Objects.requireNonNull(s.amount(), "amount");
        this.maker = Objects.requireNonNull(s.maker(), "maker");
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.version = s.version();
        this.beneficiary = Objects.requireNonNull(s.beneficiary(), "beneficiary");
        this.checker = s.checker();
        this.status = Objects.requireNonNull(s.status(), "status");
        this.statusReason = s.statusReason();
        this.gatewayReference = s.gatewayReference();
        this.updatedAt = s.updatedAt() == null ? s.createdAt() : s.updatedAt();
    }

    public static Payout draft(PayoutId id, String reference, Beneficiary beneficiary, Money amount, String maker,
                               Instant now) {
        if (amount.isZero()) {
            throw new IllegalArgumentException("A payout amount must be more than zero");
        }
        Payout payout = new Payout(new PayoutState(id, reference, beneficiary, amount, maker, null, PayoutStatus.DRAFT,
                null, null, now, now, 0));
        payout.record("CREATED", null, PayoutStatus.DRAFT, Actor.operator(maker),
                "Payout of " + amount + " to " + beneficiary.channel() + " drafted", now);
        return payout;
    }

    public static Payout restore(PayoutState state) {
        return new Payout(state);
    }

    public PayoutState state() {
        return new PayoutState(id, reference, beneficiary, amount, maker, checker, status, statusReason,
                gatewayReference, createdAt, updatedAt, version);
    }

    /** The gateway's account inquiry named the account holder. */
    public void confirmBeneficiary(String name, Instant now) {
        requireStatus(PayoutStatus.DRAFT);
        beneficiary = beneficiary.confirmedAs(name);
        record("BENEFICIARY_CONFIRMED", status, status, Actor.system("account-inquiry"),
                "Account holder confirmed as " + name, now);
    }

    public void submit(String by, Instant now) {
        if (!beneficiary.isConfirmed()) {
            throw new DomainRuleViolation("Confirm the account holder by account inquiry before submitting");
        }
        if (!maker.equals(by)) {
            throw new DomainRuleViolation("Only the maker submits a payout");
        }
        moveTo(PayoutStatus.AWAITING_APPROVAL, Actor.operator(by), "Submitted for approval", now);
    }

    public void approve(String by, Instant now) {
        requireChecker(by);
        checker = by;
        moveTo(PayoutStatus.APPROVED, Actor.operator(by), "Approved", now);
    }

    public void reject(String by, String reason, Instant now) {
        requireChecker(by);
        checker = by;
        statusReason = reason;
        moveTo(PayoutStatus.REJECTED, Actor.operator(by), "Rejected: " + reason, now);
    }

    /** Saved before the transfer is sent, so a crash or retry never sends it twice. */
    public void sending(Instant now) {
        moveTo(PayoutStatus.PROCESSING, Actor.system("payout-sender"), "Transfer sent to gateway", now);
    }

    public void succeeded(String gatewayRef, Actor actor, Instant now) {
        if (status == PayoutStatus.SUCCEEDED) {
            return;
        }
        gatewayReference = gatewayRef == null ? gatewayReference : gatewayRef;
        String flag = PayoutTransitions.TABLE.flagFor(status, PayoutStatus.SUCCEEDED).map(f -> " (" + f + ")").orElse("");
        moveTo(PayoutStatus.SUCCEEDED, actor, "Transfer succeeded" + flag, now);
    }

    public void failed(String reason, Actor actor, Instant now) {
        if (status == PayoutStatus.FAILED || status == PayoutStatus.SUCCEEDED) {
            return;
        }
        statusReason = reason;
        moveTo(PayoutStatus.FAILED, actor, "Transfer failed: " + reason, now);
    }

    public List<PayoutEvent> newEvents() {
        return List.copyOf(newEvents);
    }

    public void clearNewEvents() {
        newEvents.clear();
    }

    private void requireChecker(String by) {
        if (maker.equals(by)) {
            throw new DomainRuleViolation("The checker of a payout cannot be its maker");
        }
    }

    private void requireStatus(PayoutStatus expected) {
        if (status != expected) {
            throw new DomainRuleViolation("Payout " + id + " is " + status + ", not " + expected);
        }
    }

    private void moveTo(PayoutStatus to, Actor actor, String summary, Instant now) {
        if (!PayoutTransitions.TABLE.allows(status, to)) {
            throw new DomainRuleViolation("Payout " + id + ": " + status + " -> " + to + " is not allowed");
        }
        PayoutStatus from = status;
        status = to;
        record("STATUS_CHANGED", from, to, actor, summary, now);
    }

    private void record(String type, PayoutStatus from, PayoutStatus to, Actor actor, String summary, Instant now) {
        updatedAt = now;
        newEvents.add(new PayoutEvent(type, from, to, actor, summary, null, now));
    }

    public PayoutId id() { return id; }
    public String reference() { return reference; }
    public Beneficiary beneficiary() { return beneficiary; }
    public Money amount() { return amount; }
    public String maker() { return maker; }
    public Optional<String> checker() { return Optional.ofNullable(checker); }
    public PayoutStatus status() { return status; }
    public Optional<String> statusReason() { return Optional.ofNullable(statusReason); }
    public Optional<String> gatewayReference() { return Optional.ofNullable(gatewayReference); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
