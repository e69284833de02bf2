package id.kasir.application.payout;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.operator.OperatorAccounts;
import id.kasir.application.operator.OperatorRole;
import id.kasir.application.payment.RetryOnStale;
import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.PayoutRuleViolation;
import id.kasir.domain.payout.PayoutStatus;
import id.kasir.domain.payout.Payouts;
import java.time.Clock;
import java.time.Instant;

/**
 * An APPROVER approves a payout — never its maker, whatever roles they hold: the payout itself refuses
 * it ({@link Payout#approve}), so no page or API can skip the rule. The limits are checked again (the
 * day may have filled up since the request), a large payout needs a second, different approver, and a
 * confirmed name that differs from the expected one must be acknowledged. The last approval needed
 * sends the transfer at once ({@link ExecutePayout}); if the node dies in between, the follow-up sends it.
 */
public final class ApprovePayout {

    /**
     * What the approver saw and said.
     *
     * @param acknowledgeNameMismatch the approver saw that the confirmed name differs from the expected one
     * @param note                    optional words for the timeline
     * @param shownVersion            the payout's version on the page the approver confirmed (null: not checked);
     *                                if it changed since, the approval is refused and they look again
     */
    public record Approval(boolean acknowledgeNameMismatch, String note, Long shownVersion) {
    }

    private final Payouts payouts;
    private final PayoutWriter writer;
    private final ExecutePayout execute;
    private final PayoutGateways gateways;
    private final PayoutPermissions permissions;
    private final AuditTrail audit;
    private final PayoutPolicy policy;
    private final RetryOnStale retry;
    private final Clock clock;

    public ApprovePayout(GatewayRegistry gateways, Payouts payouts, PayoutWriter writer, ExecutePayout execute,
                         OperatorAccounts accounts, AuditTrail audit, PayoutPolicy policy,
                         TransactionRunner transactions, Clock clock) {
        this.payouts = payouts;
        this.writer = writer;
        this.execute = execute;
        this.gateways = new PayoutGateways(gateways);
        this.permissions = new PayoutPermissions(accounts);
        this.audit = audit;
        this.policy = policy;
        this.retry = new RetryOnStale(transactions);
        this.clock = clock;
    }

    /**
     * @return the payout as stored afterwards: still AWAITING_APPROVAL (one of two), or sent
     *         (PROCESSING / SUCCEEDED / FAILED), or FAILED "not sent" if a limit stopped it at the last moment
     * @throws PayoutRuleViolation the maker approving, the same approver twice, a name mismatch not
     *                             acknowledged, not waiting for approval, changed since shown
     * @throws PayoutRefused       not an APPROVER, a limit, the gateway not enabled
     */
    public Payout approve(PayoutId id, Actor approver, Approval approval, String sourceAddress) {
        permissions.require(approver, OperatorRole.APPROVER, "approve payouts");
        gateways.require(load(id).gateway());
        PayoutStatus after = retry.run(() -> {
            Instant now = clock.instant();
            Payout payout = load(id);
            if (approval.shownVersion() != null && approval.shownVersion() != payout.version()) {
                throw new PayoutRuleViolation(PayoutRuleViolation.Rule.CHANGED_SINCE_SHOWN, "Payout "
                        + payout.reference() + " changed since it was shown to you (now " + payout.status()
                        + "): look at it again before deciding");
            }
            if (payout.status() == PayoutStatus.AWAITING_APPROVAL) {
                policy.breach(payout.amount(), payouts.sentOn(policy.businessDay(now), Money.IDR)).ifPresent(refused -> {
                    throw refused;
                });
            }
            payout.approve(approver, policy.approvalsNeeded(payout.amount()), approval.acknowledgeNameMismatch(),
                    approval.note(), now);
            writer.update(payout);
            audit.record(new AuditEntry(approver, "payout.approve", id.value(), payout.amount() + " to "
                    + payout.beneficiary().channel() + " " + payout.beneficiary().maskedNumber() + " ("
                    + payout.beneficiary().confirmedName() + "), reference " + payout.reference() + ": approval "
                    + payout.approvals() + " of " + payout.approvalsRequired()
                    + (payout.nameMismatchAcknowledgedBy().filter(approver::equals).isPresent()
                    ? ", name difference acknowledged" : "")
                    + (approval.note() == null || approval.note().isBlank() ? "" : ": " + approval.note().strip()),
                    sourceAddress, now));
            return payout.status();
        });
        return after == PayoutStatus.APPROVED ? execute.send(id) : load(id);
    }

    private Payout load(PayoutId id) {
        return payouts.byId(id).orElseThrow(() -> new PayoutNotFoundException(id.value()));
    }
}
