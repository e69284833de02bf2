package id.kasir.web.api.notification;

import id.kasir.application.merchant.DeliverMerchantNotifications;
import id.kasir.web.api.problem.StoreOutages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs delivery every {@code kasir.merchant-notifications.poll-interval} on every node; the outbox's
 * claims keep nodes from sending the same row at once. With no endpoint configured it stays idle and
 * says so once: notifications are still written, and will be sent once an endpoint is set.
 */
public class MerchantNotificationScheduler {

    private static final Logger log = LoggerFactory.getLogger(MerchantNotificationScheduler.class);
    private final DeliverMerchantNotifications delivery;
    private boolean saidIdle;

    /** @param delivery null when no endpoint is configured */
    public MerchantNotificationScheduler(DeliverMerchantNotifications delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${kasir.merchant-notifications.poll-interval:5s}",
            initialDelayString = "${kasir.merchant-notifications.poll-interval:5s}")
    public void deliverDue() {
        if (delivery == null) {
            if (!saidIdle) {
                saidIdle = true;
                log.info("No kasir.merchant-notifications.url set: merchant notifications are kept in the outbox "
                        + "and not sent");
            }
            return;
        }
        try {
            DeliverMerchantNotifications.Run run = delivery.deliverAllDue();
            if (run.attempted() > 0) {
                log.info("Merchant notifications: {} delivered, {} to retry, {} given up", run.delivered(),
                        run.retrying(), run.dead());
            }
        } catch (RuntimeException e) {
            if (StoreOutages.isOutage(e)) {
                // Kasir's database is away: the scheduler's error handler logs that once for all schedules,
                // not one line per round from each of them.
                throw e;
            }
            log.warn("Merchant notification delivery failed this round; will try again: {}", e.toString());
        }
    }
}
