package id.kasir.application.reconciliation;

import id.kasir.application.payment.PaymentNotFoundException;
import id.kasir.application.payment.ReconcilePayment;
import id.kasir.domain.common.Actor;
import id.kasir.domain.reconciliation.ReconciliationOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The janitor (issue 13; Kill Bill's word): between nightly runs, re-queries payments whose create
 * outcome was unknown or whose notification could not be verified or applied, on a back-off schedule,
 * through the same item logic as the nightly job ({@link ReconcilePayment}). The n-th question is asked
 * {@code backoff[n]} after the doubt began (default 1 min, 5 min, 30 min, 2 h); after the last one the
 * payment is left to the nightly run. Run on one node at a time (the app schedules it under ShedLock).
 */
public final class RecheckPayments {

    private final PaymentRechecks rechecks;
    private final ReconcilePayment reconcile;
    private final List<Duration> backoff;
    private final Clock clock;

    /** @param backoff when to ask, counted from the start of the doubt; at least one, increasing */
    public RecheckPayments(PaymentRechecks rechecks, ReconcilePayment reconcile, List<Duration> backoff, Clock clock) {
        if (backoff.isEmpty()) {
            throw new IllegalArgumentException("the janitor needs at least one back-off step");
        }
        this.rechecks = rechecks;
        this.reconcile = reconcile;
        this.backoff = List.copyOf(backoff);
        this.clock = clock;
    }

    /** What one pass did: outcomes of the payments that were due. */
    public record Pass(int asked, Map<ReconciliationOutcome, Integer> outcomes) {
    }

    /** Asks about every candidate that is due (looking at up to {@code limit} candidates). */
    public Pass run(int limit) {
        Instant now = clock.instant();
        Map<ReconciliationOutcome, Integer> outcomes = new EnumMap<>(ReconciliationOutcome.class);
        int asked = 0;
        for (PaymentRechecks.Candidate candidate : rechecks.candidates(backoff.size(), limit)) {
            if (now.isBefore(dueAt(candidate))) {
                continue;
            }
            ReconciliationOutcome outcome;
            try {
                outcome = reconcile.reconcile(candidate.paymentId(), Actor.system("janitor")).outcome();
            } catch (PaymentNotFoundException gone) {
                continue;
            } catch (RuntimeException failed) {
                outcome = ReconciliationOutcome.GATEWAY_ERROR;
            }
            rechecks.checked(candidate.paymentId(), candidate.attempts() + 1, now);
            outcomes.merge(outcome, 1, Integer::sum);
            asked++;
        }
        return new Pass(asked, outcomes);
    }

    /** When the candidate's next question is due. */
    Instant dueAt(PaymentRechecks.Candidate candidate) {
        Objects.requireNonNull(candidate);
        int step = Math.min(candidate.attempts(), backoff.size() - 1);
        return candidate.since().plus(backoff.get(step));
    }
}
