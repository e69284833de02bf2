package id.kasir.application.payout;

import id.kasir.application.payment.RetryOnStale;
import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutFlag;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.PayoutReportOutcome;
import id.kasir.domain.payout.Payouts;
import id.kasir.domain.payout.TransferReport;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The one path for "the gateway says X about a transfer": the transfer's own answer (38), a status query
 * by the follow-up, by reconciliation or by a person (39) all end here. In one transaction it writes the
 * call on the timeline, applies the report ({@link Payout#apply}: idempotent, SUCCEEDED never moves
 * back), raises what ops must see — success for another amount, failure after success, success after
 * failure — and schedules the next status query while the payout stays PROCESSING. Safe under
 * concurrency: a change in between is re-read and re-judged.
 */
public final class ApplyTransferReport {

    /** Which call the answer is to: it decides how far away the next status query is. */
    public enum Call { TRANSFER, STATUS_QUERY }

    private final Payouts payouts;
    private final PayoutWriter writer;
    private final OpsExceptions opsExceptions;
    private final PayoutPolicy policy;
    private final RetryOnStale retry;
    private final Clock clock;

    public ApplyTransferReport(Payouts payouts, PayoutWriter writer, OpsExceptions opsExceptions, PayoutPolicy policy,
                               TransactionRunner transactions, Clock clock) {
        this.payouts = payouts;
        this.writer = writer;
        this.opsExceptions = opsExceptions;
        this.policy = policy;
        this.retry = new RetryOnStale(transactions);
        this.clock = clock;
    }

    /**
     * Records the gateway's answer and applies it when it carries a report.
     *
     * @return what applying it did; empty when the answer carried no report (unknown, a refused query)
     */
    public Optional<PayoutReportOutcome> record(PayoutId id, Call call, GatewayCallResult<TransferReport> answer,
                                                Actor actor) {
        return retry.run(() -> {
            Instant now = clock.instant();
            Payout payout = payouts.byId(id).orElseThrow(() -> new PayoutNotFoundException(id.value()));
            payout.recordGatewayCall(answer.exchange(), actor, now);
            Optional<PayoutReportOutcome> outcome = Optional.empty();
            if (answer instanceof GatewayCallResult.Accepted<TransferReport> accepted) {
                outcome = Optional.of(apply(payout, accepted.value(), actor, now));
            } else if (answer instanceof GatewayCallResult.Unknown<TransferReport> unknown) {
                payout.outcomeUnknown(unknown.cause(), unknown.reason(), actor, now);
            } else if (answer instanceof GatewayCallResult.Declined<TransferReport> declined) {
                // A refused status query says nothing about the transfer itself.
                payout.outcomeUnknown(null, "the gateway refused the query: "
                        + (declined.code() == null ? "" : declined.code() + " ") + declined.message(), actor, now);
            }
            if (call == Call.STATUS_QUERY) {
                payout.countStatusCheck();
            }
            payout.scheduleStatusCheck(policy.nextCheck(call == Call.TRANSFER ? 0 : payout.statusChecks(), now));
            writer.update(payout);
            return outcome;
        });
    }

    private PayoutReportOutcome apply(Payout payout, TransferReport report, Actor actor, Instant now) {
        PayoutReportOutcome outcome = payout.apply(report, actor, now);
        String id = payout.id().value();
        String about = "Payout " + payout.reference() + " (" + payout.amount() + " to " + payout.beneficiary().channel()
                + " " + payout.beneficiary().maskedNumber() + ")";
        if (outcome instanceof PayoutReportOutcome.AmountMismatch mismatch) {
            var raised = opsExceptions.raise(OpsExceptionType.AMOUNT_MISMATCH, id,
                    "PAYOUT_AMOUNT_MISMATCH:" + id + ":" + mismatch.reported().currency() + mismatch.reported().toPlainString(),
                    about + ": the gateway reports " + mismatch.reported() + " transferred. Not applied: check with the "
                            + "gateway what left the account.", now);
            if (raised.isNew()) {
                payout.noteAmountMismatch(mismatch, actor, now);
            }
        } else if (outcome instanceof PayoutReportOutcome.FailedAfterSuccess late) {
            var raised = opsExceptions.raise(OpsExceptionType.PAYOUT_FAILED_AFTER_SUCCESS, id,
                    "PAYOUT_FAILED_AFTER_SUCCESS:" + id,
                    about + " succeeded, and the gateway now says " + late.gatewayStatus()
                            + ". Not applied (it stays SUCCEEDED): find out from the gateway whether the money was "
                            + "returned, and tell the merchant.", now);
            if (raised.isNew()) {
                payout.noteFailedAfterSuccess(late, actor, now);
            }
        } else if (outcome instanceof PayoutReportOutcome.Applied applied
                && applied.flag().filter(PayoutFlag.SUCCEEDED_AFTER_FAILURE::equals).isPresent()) {
            opsExceptions.raise(OpsExceptionType.PAYOUT_SUCCEEDED_AFTER_FAILURE, id,
                    "PAYOUT_SUCCEEDED_AFTER_FAILURE:" + id,
                    about + " was FAILED and the gateway now reports it succeeded: the money left. The merchant was "
                            + "told it failed and may have paid the customer another way.", now);
        }
        return outcome;
    }
}
