package id.kasir.application.notification;

import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.StoredNotification;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * The inbox janitor: acts on gateway notifications that were stored and then abandoned — the node that
 * held the claim to act on them died (or gave up) before recording an outcome, and the gateway has not
 * sent them again (issue 17: "Kasir killed between storing a notification and applying it"). Each is taken
 * over through {@link ReceiveGatewayNotification#resume}, under the same atomic claim as a gateway retry,
 * so a retry arriving at the same moment and this janitor never both act. Run on one node at a time
 * (the app schedules it under ShedLock); even two at once would each take different notifications.
 */
public final class ResumeAbandonedNotifications {

    private final GatewayNotifications inbox;
    private final ReceiveGatewayNotification receive;
    private final Clock clock;

    public ResumeAbandonedNotifications(GatewayNotifications inbox, ReceiveGatewayNotification receive, Clock clock) {
        this.inbox = inbox;
        this.receive = receive;
        this.clock = clock;
    }

    /**
     * What one pass did.
     *
     * @param found    abandoned notifications looked at
     * @param outcomes how many of them ended with each outcome (the rest stay for a later pass)
     * @param failed   how many could not be acted on this time (their claim lapses again)
     */
    public record Pass(int found, Map<NotificationOutcome, Integer> outcomes, int failed) {
    }

    /** One pass over at most {@code limit} abandoned notifications, oldest first. */
    public Pass run(int limit) {
        var abandoned = inbox.abandoned(clock.instant(), limit);
        Map<NotificationOutcome, Integer> outcomes = new EnumMap<>(NotificationOutcome.class);
        int failed = 0;
        for (StoredNotification notification : abandoned) {
            try {
                receive.resume(notification).ifPresent(r -> outcomes.merge(r.outcome(), 1, Integer::sum));
            } catch (RuntimeException e) {
                // One notification the gateway or database could not serve must not stop the others.
                failed++;
            }
        }
        return new Pass(abandoned.size(), outcomes, failed);
    }
}
