package id.kasir.application.payout;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutGateway;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.PayoutReportOutcome;
import id.kasir.domain.payout.PayoutRuleViolation;
import id.kasir.domain.payout.Payouts;
import id.kasir.domain.payout.TransferReport;
import java.time.Clock;
import java.util.Optional;

/**
 * Asks the gateway what became of a sent payout's transfer (Cash In service 39) and applies the answer
 * through {@link ApplyTransferReport}, the same path the transfer's own answer takes. Used by the
 * follow-up of payouts in {@code PROCESSING}, by reconciliation, and by a person's "check status".
 *
 * <p>"Not found" is the one answer after which the same transfer may go out again: when the domain
 * allows it ({@link Payout#mayResend}: asked at least the grace period after the last send, attempts
 * left) it is re-sent at once with the same {@code partnerReferenceNo}; when no attempt is left, it
 * stays {@code PROCESSING} and ops are told ({@code PAYOUT_PROBLEM}).
 */
public final class RefreshPayoutStatus {

    /** What the gateway said, what applying it did, and whether the transfer was sent again. */
    public record Refreshed(Payout before, GatewayCallResult<TransferReport> gatewaySays,
                            Optional<PayoutReportOutcome> outcome, boolean resent, Payout after) {
    }

    private final PayoutGateways gateways;
    private final Payouts payouts;
    private final ApplyTransferReport apply;
    private final ExecutePayout execute;
    private final OpsExceptions opsExceptions;
    private final AuditTrail audit;
    private final PayoutPolicy policy;
    private final Clock clock;

    public RefreshPayoutStatus(GatewayRegistry gateways, Payouts payouts, ApplyTransferReport apply,
                               ExecutePayout execute, OpsExceptions opsExceptions, AuditTrail audit,
                               PayoutPolicy policy, Clock clock) {
        this.gateways = new PayoutGateways(gateways);
        this.payouts = payouts;
        this.apply = apply;
        this.execute = execute;
        this.opsExceptions = opsExceptions;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * @param actor         who asks: the follow-up, reconciliation (systems), or a person (audited)
     * @param sourceAddress where a person asked from (null for systems)
     * @throws PayoutRuleViolation WRONG_STATUS when the payout was never sent (nothing to ask about)
     */
    public Refreshed refresh(PayoutId id, Actor actor, String sourceAddress) {
        Payout before = load(id);
        if (!before.status().wasSent() || before.transferAttempts() == 0) {
            throw new PayoutRuleViolation(PayoutRuleViolation.Rule.WRONG_STATUS, "Payout " + before.reference() + " is "
                    + before.status() + ": it has not been sent, so there is no transfer to ask about");
        }
        PayoutGateway gateway = gateways.require(before.gateway());
        GatewayCallResult<TransferReport> answer = PayoutGateways.call("transfer-status",
                () -> gateway.status(before.toTransferLookup()));
        Optional<PayoutReportOutcome> outcome = apply.record(id, ApplyTransferReport.Call.STATUS_QUERY, answer, actor);
        boolean resent = false;
        if (outcome.filter(PayoutReportOutcome.NotFound.class::isInstance).isPresent()) {
            Payout notFound = load(id);
            if (notFound.mayResend(policy.notFoundGracePeriod(), policy.maxTransferAttempts())) {
                resent = execute.resend(id).transferAttempts() > notFound.transferAttempts();
            } else if (notFound.neverArrived(policy.notFoundGracePeriod(), policy.maxTransferAttempts())) {
                opsExceptions.raise(OpsExceptionType.PAYOUT_PROBLEM, id.value(),
                        "PAYOUT_NEVER_ARRIVED:" + id.value() + ":" + notFound.transferAttempts(),
                        "Payout " + notFound.reference() + " (" + notFound.amount() + " to "
                                + notFound.beneficiary().channel() + " " + notFound.beneficiary().maskedNumber()
                                + "): the gateway does not know transfer " + notFound.partnerReferenceNo() + " after "
                                + notFound.transferAttempts() + " attempt(s). It stays PROCESSING and is not sent "
                                + "again: ask the gateway, then resolve.", clock.instant());
            }
        }
        if (actor.kind() == Actor.Kind.OPERATOR) {
            audit.record(new AuditEntry(actor, "payout.check-status", id.value(), describe(answer, outcome, resent),
                    sourceAddress, clock.instant()));
        }
        return new Refreshed(before, answer, outcome, resent, load(id));
    }

    private static String describe(GatewayCallResult<TransferReport> answer, Optional<PayoutReportOutcome> outcome,
                                   boolean resent) {
        if (answer instanceof GatewayCallResult.Accepted<TransferReport> accepted) {
            return "gateway says " + accepted.value().outcome() + " (" + accepted.value().gatewayStatus() + ")"
                    + outcome.map(o -> ": " + o.getClass().getSimpleName()).orElse("") + (resent ? "; sent again" : "");
        }
        if (answer instanceof GatewayCallResult.Unknown<TransferReport> unknown) {
            return "no usable answer (" + unknown.cause() + ")";
        }
        return "the gateway refused the query";
    }

    private Payout load(PayoutId id) {
        return payouts.byId(id).orElseThrow(() -> new PayoutNotFoundException(id.value()));
    }
}
