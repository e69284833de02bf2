package id.kasir.app;

import id.kasir.application.notification.GuardAgainstReplays;
import id.kasir.application.operator.RecordLoginAttempt;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once an hour, on one node (ShedLock), deletes what the login and replay rules no longer look at, so an
 * attack from many addresses or a flood of notifications does not fill a table for good: login sources
 * past the attack window and the known-source memory, and notification message ids older than
 * {@value #MESSAGE_ID_DAYS} days (SNAP's ids are unique per day, and a notification's timestamp may be only
 * minutes old).
 */
@Component
class PruneOldSecurityRecords {

    static final int MESSAGE_ID_DAYS = 3;
    private static final Logger log = LoggerFactory.getLogger(PruneOldSecurityRecords.class);

    private final ObjectProvider<RecordLoginAttempt> logins;
    private final GuardAgainstReplays replays;

    /** The login rules are looked up when the task runs: the portal (which makes them) may be switched off. */
    PruneOldSecurityRecords(ObjectProvider<RecordLoginAttempt> logins, GuardAgainstReplays replays) {
        this.logins = logins;
        this.replays = replays;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "prune-old-security-records", lockAtMostFor = "PT10M")
    public void prune() {
        RecordLoginAttempt attempts = logins.getIfAvailable();
        int sources = attempts == null ? 0 : attempts.forgetOldSources();
        int messageIds = replays.forgetOlderThan(Duration.ofDays(MESSAGE_ID_DAYS));
        if (sources + messageIds > 0) {
            log.info("Forgot {} old login sources and {} old notification message ids", sources, messageIds);
        }
    }
}
