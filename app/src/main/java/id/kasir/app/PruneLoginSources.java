package id.kasir.app;

import id.kasir.application.operator.RecordLoginAttempt;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once an hour, on one node (ShedLock), deletes login sources no rule looks at any more (failures older
 * than the attack window, successes older than the known-source memory), so an attack from many
 * addresses does not fill the table for good.
 */
@Component
class PruneLoginSources {

    private static final Logger log = LoggerFactory.getLogger(PruneLoginSources.class);
    private final ObjectProvider<RecordLoginAttempt> logins;

    /** Looked up when it runs: the portal (which makes it) may be switched off. */
    PruneLoginSources(ObjectProvider<RecordLoginAttempt> logins) {
        this.logins = logins;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "prune-login-sources", lockAtMostFor = "PT10M")
    public void prune() {
        RecordLoginAttempt attempts = logins.getIfAvailable();
        int forgotten = attempts == null ? 0 : attempts.forgetOldSources();
        if (forgotten > 0) {
            log.info("Forgot {} old login sources", forgotten);
        }
    }
}
