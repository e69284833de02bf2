package id.kasir.app;

import id.kasir.application.notification.ResumeAbandonedNotifications;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the inbox janitor ({@link ResumeAbandonedNotifications}) every
 * {@code kasir.notifications.inbox.janitor.interval}, on one node at a time (ShedLock lock
 * {@code resume-abandoned-notifications}): a gateway notification stored by a node that died before acting
 * on it is acted on after the claim lapses, even when the gateway does not send it again.
 */
@Component
@ConditionalOnProperty(name = "kasir.notifications.inbox.janitor.enabled", havingValue = "true", matchIfMissing = true)
class NotificationInboxJanitorScheduler {

    private static final Logger log = LoggerFactory.getLogger(NotificationInboxJanitorScheduler.class);
    private final ResumeAbandonedNotifications janitor;
    private final NotificationInboxProperties properties;

    NotificationInboxJanitorScheduler(ResumeAbandonedNotifications janitor, NotificationInboxProperties properties) {
        this.janitor = janitor;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${kasir.notifications.inbox.janitor.interval:PT1M}",
            initialDelayString = "${kasir.notifications.inbox.janitor.interval:PT1M}")
    @SchedulerLock(name = "resume-abandoned-notifications", lockAtMostFor = "PT10M")
    public void resumeAbandoned() {
        ResumeAbandonedNotifications.Pass pass = janitor.run(properties.janitor().batchSize());
        if (pass.found() > 0) {
            log.warn("Inbox janitor found {} gateway notifications stored but never acted on: {}, {} failed",
                    pass.found(), pass.outcomes(), pass.failed());
        }
    }
}
