package id.kasir.domain.payout;

import id.kasir.domain.common.DomainRuleViolation;

/** A payout rule refused a request; {@link #rule()} says which, for callers that decide on it. */
public class PayoutRuleViolation extends DomainRuleViolation {

    public enum Rule {
        /** The maker of a payout never approves or rejects it (maker-checker). */
        MAKER_CANNOT_DECIDE,
        /** The two approvals of a large payout come from two different people. */
        SAME_APPROVER_TWICE,
        /** The confirmed name differs from the expected one and the approver did not acknowledge it. */
        NAME_MISMATCH_NOT_ACKNOWLEDGED,
        /** Only an ops person (an operator account) approves or rejects. */
        CHECKER_MUST_BE_A_PERSON,
        /** The action does not fit the payout's status (approve a rejected one, send an unapproved one…). */
        WRONG_STATUS,
        /** A rejection needs a reason. */
        REASON_REQUIRED,
        /** Sending again is allowed only after "not found", past the grace period, within the attempt limit. */
        RESEND_NOT_ALLOWED,
        /** The payout changed since the approver looked at it. */
        CHANGED_SINCE_SHOWN
    }

    private final Rule rule;

    public PayoutRuleViolation(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
