package id.kasir.application.payout;

import id.kasir.application.operator.OperatorAccounts;
import id.kasir.application.operator.OperatorRole;
import id.kasir.application.payment.RetryOnStale;
import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.Payouts;
import java.time.Clock;

/** An APPROVER (never the maker) rejects a payout waiting for approval, with a reason; nothing is sent. */
public final class RejectPayout {

    private final Payouts payouts;
    private final PayoutWriter writer;
    private final PayoutPermissions permissions;
    private final AuditTrail audit;
    private final RetryOnStale retry;
    private final Clock clock;

    public RejectPayout(Payouts payouts, PayoutWriter writer, OperatorAccounts accounts, AuditTrail audit,
                        TransactionRunner transactions, Clock clock) {
        this.payouts = payouts;
        this.writer = writer;
        this.permissions = new PayoutPermissions(accounts);
        this.audit = audit;
        this.retry = new RetryOnStale(transactions);
        this.clock = clock;
    }

    /**
     * @throws id.kasir.domain.payout.PayoutRuleViolation the maker rejecting, no reason, not waiting for approval
     * @throws PayoutRefused                              not an APPROVER
     */
    public Payout reject(PayoutId id, Actor checker, String reason, String sourceAddress) {
        permissions.require(checker, OperatorRole.APPROVER, "reject payouts");
        return retry.run(() -> {
            Payout payout = payouts.byId(id).orElseThrow(() -> new PayoutNotFoundException(id.value()));
            payout.reject(checker, reason, clock.instant());
            writer.update(payout);
            audit.record(new AuditEntry(checker, "payout.reject", id.value(), payout.amount() + " to "
                    + payout.beneficiary().channel() + " " + payout.beneficiary().maskedNumber() + ", reference "
                    + payout.reference() + ": " + reason.strip(), sourceAddress, clock.instant()));
            return payouts.byId(id).orElseThrow();
        });
    }
}
