package id.kasir.application.payout;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The payout rules an operator configures ({@code kasir.payouts.*}): which gateway sends payouts, the
 * limits (checked at request, at approval and again just before sending), when a second approver is
 * needed, how long a transfer the gateway does not know is given before it is sent again, and how often
 * a transfer in {@code PROCESSING} is asked about.
 *
 * @param minimumAmount        smallest payout
 * @param maximumAmount        largest single payout
 * @param dailyLimit           most that may be sent in one business day (PROCESSING + SUCCEEDED, by first send)
 * @param secondApproverAbove  a payout of more than this needs two approvers
 * @param businessZone         whose calendar day the daily limit counts (Asia/Jakarta)
 * @param notFoundGracePeriod  how long after a send a "not found" from the status query is believed
 * @param maxTransferAttempts  most transfers sent for one payout (1 = never resend)
 * @param statusCheckBackoff   waits between status queries of a transfer in PROCESSING; the last repeats
 * @param unsentAfter          an APPROVED payout not sent after this long is sent by the follow-up
 */
public record PayoutPolicy(GatewayId gateway, Money minimumAmount, Money maximumAmount, Money dailyLimit,
                           Money secondApproverAbove, ZoneId businessZone, Duration notFoundGracePeriod,
                           int maxTransferAttempts, List<Duration> statusCheckBackoff, Duration unsentAfter) {

    public PayoutPolicy {
        Objects.requireNonNull(gateway, "gateway");
        for (Money m : List.of(minimumAmount, maximumAmount, dailyLimit, secondApproverAbove)) {
            if (!Money.IDR.equals(Objects.requireNonNull(m, "amount").currency())) {
                throw new IllegalArgumentException("Payout limits are in IDR");
            }
        }
        if (minimumAmount.isZero() || minimumAmount.isGreaterThan(maximumAmount)) {
            throw new IllegalArgumentException("kasir.payouts.minimum-amount must be more than 0 and at most the maximum");
        }
        if (maximumAmount.isGreaterThan(dailyLimit)) {
            throw new IllegalArgumentException("kasir.payouts.maximum-amount must not exceed kasir.payouts.daily-limit");
        }
        Objects.requireNonNull(businessZone, "businessZone");
        requirePositive(notFoundGracePeriod, "not-found-grace-period");
        requirePositive(unsentAfter, "unsent-after");
        if (maxTransferAttempts < 1 || maxTransferAttempts > 10) {
            throw new IllegalArgumentException("kasir.payouts.max-transfer-attempts must be 1 to 10");
        }
        statusCheckBackoff = List.copyOf(statusCheckBackoff);
        if (statusCheckBackoff.isEmpty()) {
            throw new IllegalArgumentException("kasir.payouts.status-check-backoff needs at least one duration");
        }
        statusCheckBackoff.forEach(d -> requirePositive(d, "status-check-backoff"));
    }

    /** The defaults of {@code application.yml}. */
    public static PayoutPolicy defaults() {
        return new PayoutPolicy(GatewayId.of("cashin"), Money.idr(10_000), Money.idr(10_000_000), Money.idr(100_000_000),
                Money.idr(5_000_000), ZoneId.of("Asia/Jakarta"), Duration.ofMinutes(5), 3,
                List.of(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofMinutes(1), Duration.ofMinutes(5),
                        Duration.ofMinutes(15), Duration.ofHours(1)), Duration.ofMinutes(1));
    }

    /** One approver, or two above {@link #secondApproverAbove}. */
    public int approvalsNeeded(Money amount) {
        return amount.isGreaterThan(secondApproverAbove) ? 2 : 1;
    }

    public LocalDate businessDay(Instant now) {
        return now.atZone(businessZone).toLocalDate();
    }

    /** When to ask about a transfer again, after {@code checksSoFar} status queries. */
    public Instant nextCheck(int checksSoFar, Instant now) {
        return now.plus(statusCheckBackoff.get(Math.min(Math.max(0, checksSoFar), statusCheckBackoff.size() - 1)));
    }

    /** What may still be sent today, given what was sent. */
    public Money remaining(Money sentToday) {
        return sentToday.isGreaterThan(dailyLimit) ? Money.zero(Money.IDR) : dailyLimit.minus(sentToday);
    }

    /** The first limit this amount breaks, given what was already sent today; empty when it breaks none. */
    public Optional<PayoutRefused> breach(Money amount, Money sentToday) {
        if (amount.isLessThan(minimumAmount)) {
            return Optional.of(new PayoutRefused(PayoutRefused.Reason.BELOW_MINIMUM,
                    "The smallest payout is " + minimumAmount + "; asked " + amount));
        }
        if (amount.isGreaterThan(maximumAmount)) {
            return Optional.of(new PayoutRefused(PayoutRefused.Reason.OVER_PAYOUT_MAXIMUM,
                    "The largest payout is " + maximumAmount + "; asked " + amount));
        }
        if (sentToday.plus(amount).isGreaterThan(dailyLimit)) {
            return Optional.of(new PayoutRefused(PayoutRefused.Reason.OVER_DAILY_LIMIT,
                    "Today's payouts would exceed the daily limit of " + dailyLimit + ": " + remaining(sentToday)
                            + " is left today; asked " + amount));
        }
        return Optional.empty();
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("kasir.payouts." + name + " must be a positive duration");
        }
    }
}
