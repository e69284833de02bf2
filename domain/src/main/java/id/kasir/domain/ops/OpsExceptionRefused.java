package id.kasir.domain.ops;

import id.kasir.domain.common.DomainRuleViolation;

/**
 * The exception workflow refuses a step; {@link #reason()} says why as a type, so that a page can say it
 * in the reader's language (message key {@code exception.refused.<REASON>}) without reading the message.
 */
public class OpsExceptionRefused extends DomainRuleViolation {

    public enum Reason {
        /** No exception with that id. */
        NOT_FOUND,
        /** It is RESOLVED: nothing changes it any more. */
        ALREADY_RESOLVED,
        /** Someone else changed it meanwhile; reload and look again. */
        CHANGED_MEANWHILE,
        /** A reason (or an owner) is required and was blank. */
        REASON_REQUIRED,
        /** A money decision was taken already (e.g. a refund is open): one decision per exception. */
        ALREADY_DECIDED,
        /** This decision does not apply to the exception's type (e.g. ACCEPT on a stuck payment). */
        DECISION_NOT_FOR_TYPE,
        /** A money exception is closed by a decision (accept or refund), not by a bare resolve. */
        DECIDE_INSTEAD,
        /** The exception has no reported amount to accept (raised before Kasir stored it). */
        NO_REPORTED_AMOUNT,
        /** The payment is already PAID: a confirmed payment never moves back and its amount stays. */
        PAYMENT_ALREADY_PAID,
        /** The exception is about something that is not a payment Kasir knows. */
        PAYMENT_NOT_FOUND,
        /** The refund does not exist or was recorded done already. */
        REFUND_NOT_OPEN
    }

    private final Reason reason;

    public OpsExceptionRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
