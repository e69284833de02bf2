package id.kasir.app;

import id.kasir.application.payment.ExpireOverduePayments;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires overdue payments every minute, on one node at a time (ShedLock), each only after asking its
 * gateway ({@link ExpireOverduePayments}: paid there, it becomes PAID; unreachable, it is left for the
 * janitor). Each change is also an optimistic update, so even two nodes on the same payment would end with
 * one change, not two.
 */
@Component
@ConditionalOnProperty(name = "kasir.expiry.enabled", havingValue = "true", matchIfMissing = true)
class ExpiryScheduler {

    private static final Logger log = LoggerFactory.getLogger(ExpiryScheduler.class);
    private final ExpireOverduePayments expireOverduePayments;

    ExpiryScheduler(ExpireOverduePayments expireOverduePayments) {
        this.expireOverduePayments = expireOverduePayments;
    }

    @Scheduled(fixedDelayString = "${kasir.expiry.interval:PT1M}", initialDelayString = "${kasir.expiry.interval:PT1M}")
    @SchedulerLock(name = "expire-overdue-payments", lockAtMostFor = "PT5M")
    public void expireOverdue() {
        int expired;
        do {
            expired = expireOverduePayments.expireOverdue(200);
            if (expired > 0) {
                log.info("Expired {} overdue payments", expired);
            }
        } while (expired == 200);
    }
}
