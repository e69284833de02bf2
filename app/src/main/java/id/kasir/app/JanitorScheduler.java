package id.kasir.app;

import id.kasir.application.reconciliation.RecheckPayments;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the janitor ({@link RecheckPayments}) every {@code kasir.reconciliation.janitor.interval}, on one node
 * at a time (ShedLock lock {@code recheck-payments}).
 */
@Component
@ConditionalOnProperty(name = "kasir.reconciliation.janitor.enabled", havingValue = "true", matchIfMissing = true)
class JanitorScheduler {

    private static final Logger log = LoggerFactory.getLogger(JanitorScheduler.class);
    private final RecheckPayments janitor;
    private final JanitorProperties properties;

    JanitorScheduler(RecheckPayments janitor, JanitorProperties properties) {
        this.janitor = janitor;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${kasir.reconciliation.janitor.interval:PT30S}",
            initialDelayString = "${kasir.reconciliation.janitor.interval:PT30S}")
    @SchedulerLock(name = "recheck-payments", lockAtMostFor = "PT10M")
    public void recheck() {
        RecheckPayments.Pass pass = janitor.run(properties.batchSize());
        if (pass.asked() > 0) {
            log.info("Janitor asked the gateways about {} payments: {}", pass.asked(), pass.outcomes());
        }
    }
}
