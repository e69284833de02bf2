package id.kasir.domain.ops;

import id.kasir.domain.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * Something ops must look at and take to a decision. {@code subject} names what it is about (a payment
 * id, a payout id, a notification id); {@code dedupKey} stops the same problem being raised twice: a key
 * is taken once, for good, so a problem that can recur after being resolved must carry what makes it new
 * in its key (e.g. the reported amount, a date). {@code reportedAmount} is the amount the gateway said
 * was paid, for money exceptions (null otherwise, and for exceptions raised before it was stored).
 * {@code owner} is the portal username that took it (null: nobody yet); {@code decision} the money
 * decision taken (null: none yet) — one per exception.
 *
 * <p>The workflow rules live here: OPEN → IN_PROGRESS (someone takes it, or a refund is opened) →
 * RESOLVED, which is final. Each method returns the changed exception; the caller stores it only if the
 * stored one is still in the state it read ({@link OpsExceptions#save}).
 */
public record OpsException(
        long id,
        OpsExceptionType type,
        String subject,
        String dedupKey,
        String description,
        Instant raisedAt,
        OpsExceptionState state,
        String owner,
        MoneyDecision decision,
        Money reportedAmount,
        Instant resolvedAt,
        String resolvedBy,
        String resolution) {

    public OpsException {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(state, "state");
    }

    /** A newly raised exception: OPEN, nobody owns it. */
    public static OpsException raised(long id, OpsExceptionType type, String subject, String dedupKey,
                                      String description, Money reportedAmount, Instant at) {
        return new OpsException(id, type, subject, dedupKey, description, at, OpsExceptionState.OPEN, null,
                null, reportedAmount, null, null, null);
    }

    public boolean isOpen() {
        return state != OpsExceptionState.RESOLVED;
    }

    /** True when it is closed by a {@link MoneyDecision} rather than a bare resolve. */
    public boolean needsMoneyDecision() {
        return MoneyDecision.appliesTo(type);
    }

    /** Gives it to {@code newOwner}; an OPEN exception becomes IN_PROGRESS. */
    public OpsException assignTo(String newOwner) {
        requireOpen();
        if (newOwner == null || newOwner.isBlank()) {
            throw new OpsExceptionRefused(OpsExceptionRefused.Reason.REASON_REQUIRED, "An owner is required");
        }
        return with(OpsExceptionState.IN_PROGRESS, newOwner, decision, null, null, null);
    }

    /**
     * Closes it with a reason. A money exception is closed only by its decision ({@code byDecision}), so
     * that nobody closes an amount mismatch without the payment or a refund following.
     */
    public OpsException resolve(String by, String reason, Instant at, boolean byDecision) {
        requireOpen();
        requireReason(reason);
        if (needsMoneyDecision() && !byDecision) {
            throw new OpsExceptionRefused(OpsExceptionRefused.Reason.DECIDE_INSTEAD,
                    "A " + type + " is closed by deciding: accept the money or refund it");
        }
        return with(OpsExceptionState.RESOLVED, owner == null ? by : owner, decision, at, by, reason);
    }

    /** Decided ACCEPT (the caller has carried it out): RESOLVED. */
    public OpsException accepted(String by, String reason, Instant at) {
        requireDecidable(MoneyDecision.ACCEPT, reason);
        return with(OpsExceptionState.RESOLVED, owner == null ? by : owner, MoneyDecision.ACCEPT, at, by, reason);
    }

    /** Checks that {@code decision} may be taken now; the caller carries it out. */
    public void requireDecidable(MoneyDecision decision, String reason) {
        requireOpen();
        requireReason(reason);
        if (this.decision != null) {
            throw new OpsExceptionRefused(OpsExceptionRefused.Reason.ALREADY_DECIDED,
                    "Exception " + id + " is decided already: " + this.decision);
        }
        if (!needsMoneyDecision()) {
            throw new OpsExceptionRefused(OpsExceptionRefused.Reason.DECISION_NOT_FOR_TYPE,
                    decision + " does not apply to a " + type);
        }
        if (decision == MoneyDecision.ACCEPT && type == OpsExceptionType.AMOUNT_MISMATCH && reportedAmount == null) {
            throw new OpsExceptionRefused(OpsExceptionRefused.Reason.NO_REPORTED_AMOUNT,
                    "Exception " + id + " does not record the amount the gateway reported");
        }
    }

    /** A refund was opened for it: it stays IN_PROGRESS, owned by whoever decided, until the refund is done. */
    public OpsException refundOpened(String by, String reason) {
        requireDecidable(MoneyDecision.REFUND, reason);
        return with(OpsExceptionState.IN_PROGRESS, by, MoneyDecision.REFUND, null, null, null);
    }

    private OpsException with(OpsExceptionState newState, String newOwner, MoneyDecision newDecision, Instant at,
                              String by, String reason) {
        return new OpsException(id, type, subject, dedupKey, description, raisedAt, newState, newOwner, newDecision,
                reportedAmount, at, by, reason);
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new OpsExceptionRefused(OpsExceptionRefused.Reason.ALREADY_RESOLVED,
                    "Exception " + id + " is already resolved");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new OpsExceptionRefused(OpsExceptionRefused.Reason.REASON_REQUIRED, "A reason is required");
        }
    }
}
