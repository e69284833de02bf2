package id.kasir.app;

import id.kasir.application.payout.PayoutPolicy;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kasir.payouts.*}: the payout gateway, the limits (whole rupiah), when a second approver is needed,
 * how "not found" transfers are sent again, and the follow-up of transfers in PROCESSING. Every value can
 * come from the environment ({@code KASIR_PAYOUTS_DAILY_LIMIT}, …).
 *
 * @param gateway             the payout gateway's name ({@code cashin})
 * @param minimumAmount       smallest payout, rupiah
 * @param maximumAmount       largest single payout, rupiah
 * @param dailyLimit          most sent per business day (PROCESSING + SUCCEEDED, by first send), rupiah
 * @param secondApproverAbove a payout of more than this needs two approvers, rupiah
 * @param zone                the business day's time zone
 * @param notFoundGracePeriod how long after a send a status "not found" is believed (then it is sent again)
 * @param maxTransferAttempts most transfers for one payout
 * @param statusCheckBackoff  waits between status queries of a PROCESSING transfer (the last repeats)
 * @param unsentAfter         an APPROVED payout not sent after this long is sent by the follow-up
 * @param followUp            the follow-up's schedule
 */
@ConfigurationProperties("kasir.payouts")
public record PayoutProperties(
        @DefaultValue("cashin") String gateway,
        @DefaultValue("10000") BigDecimal minimumAmount,
        @DefaultValue("10000000") BigDecimal maximumAmount,
        @DefaultValue("100000000") BigDecimal dailyLimit,
        @DefaultValue("5000000") BigDecimal secondApproverAbove,
        @DefaultValue("Asia/Jakarta") ZoneId zone,
        @DefaultValue("5m") Duration notFoundGracePeriod,
        @DefaultValue("3") int maxTransferAttempts,
        @DefaultValue({"5s", "15s", "1m", "5m", "15m", "1h"}) List<Duration> statusCheckBackoff,
        @DefaultValue("1m") Duration unsentAfter,
        @DefaultValue FollowUp followUp) {

    /**
     * @param enabled   run the follow-up on this node's schedule (once across nodes: ShedLock)
     * @param interval  how often it looks for due status checks and unsent approvals
     * @param batchSize payouts per look
     */
    public record FollowUp(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration interval,
                           @DefaultValue("50") int batchSize) {
    }

    PayoutPolicy policy() {
        return new PayoutPolicy(GatewayId.of(gateway), rupiah(minimumAmount, "minimum-amount"),
                rupiah(maximumAmount, "maximum-amount"), rupiah(dailyLimit, "daily-limit"),
                rupiah(secondApproverAbove, "second-approver-above"), zone, notFoundGracePeriod, maxTransferAttempts,
                statusCheckBackoff, unsentAfter);
    }

    private static Money rupiah(BigDecimal value, String name) {
        try {
            return Money.of(value, Money.IDR);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kasir.payouts." + name + " must be rupiah: " + e.getMessage(), e);
        }
    }
}
