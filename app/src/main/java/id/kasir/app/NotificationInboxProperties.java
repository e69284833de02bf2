package id.kasir.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kasir.notifications.inbox.*}: who acts on a stored gateway notification (issue 17).
 *
 * @param claimLease how long the arrival that stored a notification holds the claim to act on it; a copy
 *                   or the janitor may take it over only after that. It must outlast the slowest honest
 *                   attempt (a gateway status query with its time-outs), or a slow node and a takeover
 *                   would both act (still safe for the payment, but two status queries).
 * @param janitor    the pass that acts on notifications whose node died between storing and acting
 */
@ConfigurationProperties("kasir.notifications.inbox")
public record NotificationInboxProperties(
        @DefaultValue("2m") Duration claimLease,
        @DefaultValue Janitor janitor) {

    /**
     * @param enabled   false: no inbox janitor on this node (others may still run it; ShedLock keeps it to one)
     * @param interval  how often it looks for abandoned notifications
     * @param batchSize notifications looked at per pass
     */
    public record Janitor(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1m") Duration interval,
            @DefaultValue("100") int batchSize) {
    }
}
