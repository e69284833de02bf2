package id.kasir.application.payout;

import id.kasir.domain.common.Actor;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.Payouts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps payouts moving between people's actions (run on a schedule, once across nodes): sends an
 * approved payout the node that approved it did not send (it died in between), and asks the gateway
 * about each transfer in {@code PROCESSING} when its back-off says so — a time-out on the transfer is
 * settled here, not by sending again. One payout's trouble never stops the others: it is reported.
 */
public final class FollowUpPayouts {

    private static final Actor FOLLOW_UP = Actor.system("payout-follow-up");

    /** What one run did; {@code failures} name the payouts that threw, for the log. */
    public record Report(int sent, int checked, List<Failure> failures) {
        public boolean didSomething() {
            return sent + checked + failures.size() > 0;
        }
    }

    public record Failure(PayoutId payout, RuntimeException error) {
    }

    private final Payouts payouts;
    private final ExecutePayout execute;
    private final RefreshPayoutStatus refresh;
    private final PayoutPolicy policy;
    private final Clock clock;

    public FollowUpPayouts(Payouts payouts, ExecutePayout execute, RefreshPayoutStatus refresh, PayoutPolicy policy,
                           Clock clock) {
        this.payouts = payouts;
        this.execute = execute;
        this.refresh = refresh;
        this.policy = policy;
        this.clock = clock;
    }

    public Report run(int batchSize) {
        Instant now = clock.instant();
        int sent = 0;
        int checked = 0;
        List<Failure> failures = new ArrayList<>();
        for (Payout approved : payouts.approvedUnsent(now.minus(policy.unsentAfter()), batchSize)) {
            try {
                execute.send(approved.id());
                sent++;
            } catch (RuntimeException e) {
                failures.add(new Failure(approved.id(), e));
            }
        }
        for (Payout processing : payouts.dueForStatusCheck(now, batchSize)) {
            try {
                refresh.refresh(processing.id(), FOLLOW_UP, null);
                checked++;
            } catch (RuntimeException e) {
                failures.add(new Failure(processing.id(), e));
            }
        }
        return new Report(sent, checked, List.copyOf(failures));
    }
}
