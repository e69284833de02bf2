package id.kasir.application.payout;

import id.kasir.domain.common.Page;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutEvent;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.PayoutSearch;
import id.kasir.domain.payout.PayoutTotal;
import id.kasir.domain.payout.Payouts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Reads payouts: one by id or reference, a filtered page with its totals, a timeline, today's limit. */
public final class FindPayouts {

    /** The daily limit of one business day, what counts against it, and what is left. */
    public record DailyAllowance(LocalDate day, Money limit, Money sent, Money remaining) {
    }

    private final Payouts payouts;
    private final PayoutPolicy policy;
    private final Clock clock;

    public FindPayouts(Payouts payouts, PayoutPolicy policy, Clock clock) {
        this.payouts = payouts;
        this.policy = policy;
        this.clock = clock;
    }

    public Payout byId(PayoutId id) {
        return payouts.byId(id).orElseThrow(() -> new PayoutNotFoundException(id.value()));
    }

    public Payout byReference(String reference) {
        return payouts.byReference(reference).orElseThrow(() -> new PayoutNotFoundException("with reference " + reference));
    }

    public Page<Payout> search(PayoutSearch search) {
        return payouts.search(search);
    }

    public List<PayoutTotal> totals(PayoutSearch filters) {
        return payouts.totals(filters);
    }

    public List<PayoutEvent> timeline(PayoutId id) {
        byId(id);
        return payouts.timeline(id);
    }

    public DailyAllowance today() {
        LocalDate day = policy.businessDay(clock.instant());
        Money sent = payouts.sentOn(day, Money.IDR);
        return new DailyAllowance(day, policy.dailyLimit(), sent, policy.remaining(sent));
    }

    public PayoutPolicy policy() {
        return policy;
    }
}
