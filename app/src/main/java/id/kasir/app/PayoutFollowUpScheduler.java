package id.kasir.app;

import id.kasir.application.payout.FollowUpPayouts;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link FollowUpPayouts} every {@code kasir.payouts.follow-up.interval}, on one node at a time
 * (ShedLock): transfers in PROCESSING are asked about when their back-off says so, approved payouts a
 * dead node did not send are sent. Sending twice is impossible anyway (optimistic versions, one
 * partnerReferenceNo); the lock only saves the gateway duplicate queries.
 */
@Component
@ConditionalOnProperty(name = "kasir.payouts.follow-up.enabled", havingValue = "true", matchIfMissing = true)
class PayoutFollowUpScheduler {

    private static final Logger log = LoggerFactory.getLogger(PayoutFollowUpScheduler.class);
    private final FollowUpPayouts followUp;
    private final PayoutProperties properties;

    PayoutFollowUpScheduler(FollowUpPayouts followUp, PayoutProperties properties) {
        this.followUp = followUp;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${kasir.payouts.follow-up.interval:PT5S}",
            initialDelayString = "${kasir.payouts.follow-up.interval:PT5S}")
    @SchedulerLock(name = "follow-up-payouts", lockAtMostFor = "PT5M")
    public void followUp() {
        FollowUpPayouts.Report report = followUp.run(properties.followUp().batchSize());
        if (report.sent() + report.checked() > 0) {
            log.info("Payout follow-up: {} sent, {} status checks", report.sent(), report.checked());
        }
        // Each failure is one payout's: logged with its id, the others went on.
        report.failures().forEach(f -> log.warn("Payout follow-up failed for payout {}", f.payout(), f.error()));
    }
}
