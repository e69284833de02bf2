package id.kasir.application.payout;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.payment.RetryOnStale;
import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutGateway;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.PayoutStatus;
import id.kasir.domain.payout.Payouts;
import id.kasir.domain.payout.TransferReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Sends an approved payout's transfer (Cash In service 38) exactly once:
 * <ol>
 *   <li>in one transaction, holding the send lock: the limits are checked again (per-payout maximum, the
 *       day's total, the approvals needed), and the payout is stored {@code PROCESSING} — or, refused,
 *       {@code FAILED} "not sent";</li>
 *   <li>only then the gateway is called, once, never retried: a time-out or 5xx leaves it
 *       {@code PROCESSING} with the outcome unknown, for the status query to settle;</li>
 *   <li>the answer is applied through {@link ApplyTransferReport}, the one apply path.</li>
 * </ol>
 * Two nodes sending the same payout at once: one stores {@code PROCESSING} first, the other's update
 * is stale, re-reads and finds nothing to send. The same transfer goes out again only through
 * {@link #resend}, under the domain's "not found past the grace period" rule, with the same
 * {@code partnerReferenceNo}.
 */
public final class ExecutePayout {

    private static final Actor SENDER = Actor.system("payout-sender");

    private final PayoutGateways gateways;
    private final Payouts payouts;
    private final PayoutWriter writer;
    private final ApplyTransferReport apply;
    private final PayoutPolicy policy;
    private final RetryOnStale retry;
    private final Clock clock;

    public ExecutePayout(GatewayRegistry gateways, Payouts payouts, PayoutWriter writer, ApplyTransferReport apply,
                         PayoutPolicy policy, TransactionRunner transactions, Clock clock) {
        this.gateways = new PayoutGateways(gateways);
        this.payouts = payouts;
        this.writer = writer;
        this.apply = apply;
        this.policy = policy;
        this.retry = new RetryOnStale(transactions);
        this.clock = clock;
    }

    /** Sends it if it is APPROVED (and the limits still allow it); otherwise changes nothing. Returns it as stored. */
    public Payout send(PayoutId id) {
        Payout approved = load(id);
        if (approved.status() != PayoutStatus.APPROVED) {
            return approved;
        }
        gateways.require(approved.gateway());
        boolean go = retry.run(() -> {
            Instant now = clock.instant();
            LocalDate day = policy.businessDay(now);
            // The lock first: what the day's total says must still hold when this payout is added to it.
            Money sentToday = payouts.sentOnHoldingTheSendLock(day, Money.IDR);
            Payout payout = load(id);
            if (payout.status() != PayoutStatus.APPROVED) {
                return false;
            }
            Optional<String> refusal = policy.breach(payout.amount(), sentToday).map(RuntimeException::getMessage)
                    .or(() -> payout.approvals() < policy.approvalsNeeded(payout.amount())
                            ? Optional.of("payouts of more than " + policy.secondApproverAbove()
                            + " now need two approvals") : Optional.empty());
            if (refusal.isPresent()) {
                payout.notSent(refusal.get(), now);
                writer.update(payout);
                return false;
            }
            payout.startSending(day, policy.nextCheck(0, now), now);
            writer.update(payout);
            return true;
        });
        return go ? transfer(id) : load(id);
    }

    /**
     * Sends the same transfer again, with the same {@code partnerReferenceNo}, if the domain allows it
     * (the status query said "not found" past the grace period, attempts are left). Returns it as stored.
     */
    public Payout resend(PayoutId id) {
        boolean go = retry.run(() -> {
            Payout payout = load(id);
            if (!payout.mayResend(policy.notFoundGracePeriod(), policy.maxTransferAttempts())) {
                return false;
            }
            Instant now = clock.instant();
            payout.resend(policy.notFoundGracePeriod(), policy.maxTransferAttempts(), policy.nextCheck(0, now), now);
            writer.update(payout);
            return true;
        });
        return go ? transfer(id) : load(id);
    }

    private Payout transfer(PayoutId id) {
        Payout payout = load(id);
        PayoutGateway gateway = gateways.require(payout.gateway());
        // An adapter that throws may still have sent the transfer: that is unknown too, never failed.
        GatewayCallResult<TransferReport> answer = PayoutGateways.call("transfer",
                () -> gateway.transfer(payout.toTransferOrder()));
        if (answer instanceof GatewayCallResult.Declined<TransferReport> declined) {
            // The gateway said no to the transfer itself: the money did not leave.
            answer = GatewayCallResult.accepted(TransferReport.declined(declined.code(), declined.message()),
                    declined.exchange());
        }
        apply.record(id, ApplyTransferReport.Call.TRANSFER, answer, answer instanceof GatewayCallResult.Unknown<?>
                ? SENDER : Actor.gateway(gateway.id().value()));
        return load(id);
    }

    private Payout load(PayoutId id) {
        return payouts.byId(id).orElseThrow(() -> new PayoutNotFoundException(id.value()));
    }
}
