package id.kasir.application.notification;

import id.kasir.application.notification.NotificationMessageIds.MessageId;
import id.kasir.application.notification.NotificationMessageIds.Seen;
import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.notification.NotificationOutcome;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Replays of signed notifications, judged in the database so every node agrees (issue 15; SNAP makes
 * {@code X-EXTERNAL-ID} unique per partner per day, and a gateway's message id is not covered by its
 * signature):
 * <ul>
 *   <li>an id never seen: {@link Verdict.First} — remembered;</li>
 *   <li>the same id with the same signed content: {@link Verdict.Retry} — the gateway sending again; the
 *       inbox's dedup key makes it a duplicate;</li>
 *   <li>the same id with other content: {@link Verdict.AlteredReplay} — refuse;</li>
 *   <li>a new id whose signed content was already acted on under another id: {@link Verdict.ReplayUnderNewId}
 *       — refuse and record: someone captured the notification and re-sent it with an id of their own. If
 *       the earlier arrival was never acted on (stored, then a crash), the new one is let through instead,
 *       so nothing the gateway really sent is lost.</li>
 * </ul>
 */
public final class GuardAgainstReplays {

    /** How many earlier arrivals with the same content are looked at (a gateway re-signing the same body rarely makes more). */
    private static final int EARLIER_LIMIT = 20;

    private final NotificationMessageIds ids;
    private final GatewayNotifications inbox;
    private final Clock clock;

    public GuardAgainstReplays(NotificationMessageIds ids, GatewayNotifications inbox, Clock clock) {
        this.ids = ids;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** What to make of an arrival. */
    public sealed interface Verdict {
        /** Let it through. */
        default boolean admitted() {
            return this instanceof First || this instanceof Retry;
        }

        record First() implements Verdict {
        }

        record Retry() implements Verdict {
        }

        /** The id came before with other content. */
        record AlteredReplay(String id) implements Verdict {
        }

        /** The content came before, and was acted on, under {@code firstId}. */
        record ReplayUnderNewId(String firstId) implements Verdict {
        }
    }

    /**
     * @param id          the arrival's message id, in SNAP's scope
     * @param contentHash hex SHA-256 of what its signature covers apart from the path
     * @param dedupKey    the inbox key it will be stored under
     */
    public Verdict check(MessageId id, String contentHash, String dedupKey) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<Seen> same = ids.byId(id);
            if (same.isPresent()) {
                return same.get().contentHash().equals(contentHash) ? new Verdict.Retry() : new Verdict.AlteredReplay(id.value());
            }
            for (Seen earlier : ids.withContent(id.gateway(), contentHash, EARLIER_LIMIT)) {
                if (earlier.id().equals(id)) {
                    // A copy of this very arrival remembered it after our byId above (identical copies at
                    // once): the gateway sending again, never a replay under a new id.
                    return new Verdict.Retry();
                }
                if (actedOn(earlier)) {
                    return new Verdict.ReplayUnderNewId(earlier.id().value());
                }
            }
            if (ids.remember(new Seen(id, contentHash, dedupKey, clock.instant()))) {
                return new Verdict.First();
            }
            // Another node stored this id at the same moment: judge again against what it stored.
        }
        return new Verdict.Retry();
    }

    /** Deletes ids older than {@code age} (SNAP's ids are unique per day; a timestamp older than minutes is refused anyway). */
    public int forgetOlderThan(Duration age) {
        return ids.forgetBefore(clock.instant().minus(age));
    }

    private boolean actedOn(Seen earlier) {
        return inbox.firstArrival(earlier.id().gateway(), earlier.dedupKey())
                .filter(first -> first.outcome() != NotificationOutcome.RECEIVED)
                .isPresent();
    }
}
