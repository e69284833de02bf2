package id.kasir.application.merchant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Sends due outbox rows to the merchant, at least once. Each run claims a batch (so another node
 * running at the same moment takes other rows), sends each row, and records the outcome: delivered,
 * or the next attempt after a back-off of 10 s, 30 s, 1 min, 5 min, 15 min, 1 h, then doubling up to
 * 12 h, until the maximum attempts are spent and the row is DEAD (visible and re-sendable in the
 * portal). All times come from the injected clock.
 *
 * <p>A row about a subject (a payment) for which a newer row has already been delivered is not sent
 * but marked {@code SUPERSEDED}: after a failed {@code payment.open} and a delivered
 * {@code payment.paid}, sending the open one later would tell the merchant an out-of-date state.
 * Receivers must still order by the event's {@code version} (a re-send from the portal, or two nodes,
 * can deliver out of order), but Kasir does not make it happen in the ordinary course of retries.
 *
 * <p>Claims are short: each row's claim is renewed for one claim duration just before it is sent,
 * and the claim duration only has to outlast one send (connect + read time-out), not a whole batch.
 * A node that dies holding claims therefore delays its rows by at most one claim duration after its
 * last renewal plus one poll interval of a surviving node (20 s + 5 s with the defaults; see
 * {@code docs/scaling.md}): the claim runs out and another node takes the rows and sends them again
 * with the same event id, which is what merchants drop duplicates on. A row whose claim ran out while
 * it waited in a batch, and which another node took meanwhile, is not sent by the first (the renewal
 * fails).
 */
public final class DeliverMerchantNotifications {

    private static final List<Duration> FIRST_DELAYS = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1));
    private static final Duration LONGEST_DELAY = Duration.ofHours(12);
    private static final int LONGEST_ERROR = 500;

    /**
     * @param maxAttempts   attempts before a row is DEAD (default 12)
     * @param batchSize     rows claimed per run
     * @param claimDuration how long a claim holds before another node may take the row over; renewed just
     *                      before each send, so it must outlast one send (connect + read time-out)
     */
    public record Settings(int maxAttempts, int batchSize, Duration claimDuration) {
        public static final Settings DEFAULT = new Settings(12, 10, Duration.ofSeconds(20));

        public Settings {
            Objects.requireNonNull(claimDuration, "claimDuration");
            if (maxAttempts < 1 || batchSize < 1 || claimDuration.isNegative() || claimDuration.isZero()) {
                throw new IllegalArgumentException("maxAttempts and batchSize must be at least 1, claimDuration positive");
            }
        }
    }

    /** What one run did; {@code superseded} rows were claimed but not sent. */
    public record Run(int delivered, int retrying, int dead, int superseded) {
        public Run(int delivered, int retrying, int dead) {
            this(delivered, retrying, dead, 0);
        }

        public int attempted() {
            return delivered + retrying + dead;
        }

        int handled() {
            return attempted() + superseded;
        }
    }

    private final MerchantNotificationOutbox outbox;
    private final MerchantNotificationSender sender;
    private final Clock clock;
    private final Settings settings;

    public DeliverMerchantNotifications(MerchantNotificationOutbox outbox, MerchantNotificationSender sender,
                                        Clock clock, Settings settings) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.settings = settings;
    }

    /** The wait after the {@code attempts}-th failed attempt. */
    public static Duration backoffAfter(int attempts) {
        if (attempts <= FIRST_DELAYS.size()) {
            return FIRST_DELAYS.get(Math.max(attempts, 1) - 1);
        }
        Duration delay = FIRST_DELAYS.get(FIRST_DELAYS.size() - 1);
        for (int i = FIRST_DELAYS.size(); i < attempts && delay.compareTo(LONGEST_DELAY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /** Sends one batch of due rows. */
    public Run deliverDue() {
        String claimToken = UUID.randomUUID().toString();
        Instant now = clock.instant();
        List<MerchantNotification> claimed = outbox.claimDue(claimToken, now, now.plus(settings.claimDuration()),
                settings.batchSize());
        int delivered = 0;
        int retrying = 0;
        int dead = 0;
        int superseded = 0;
        for (MerchantNotification row : claimed) {
            if (row.subject() != null && outbox.newerDelivered(row.subject(), row.id())) {
                outbox.markSuperseded(row.id(), claimToken, "not sent: a newer event about " + row.subject()
                        + " was delivered first");
                superseded++;
                continue;
            }
            if (!outbox.renewClaim(row.id(), claimToken, clock.instant().plus(settings.claimDuration()))) {
                continue; // its claim ran out while earlier rows were sent, and another node has it now
            }
            MerchantNotificationSender.Outcome outcome = send(row);
            int attempts = row.attempts() + 1;
            if (outcome instanceof MerchantNotificationSender.Outcome.Delivered) {
                outbox.markDelivered(row.id(), claimToken, attempts, clock.instant());
                delivered++;
            } else {
                String error = shorten(((MerchantNotificationSender.Outcome.Failed) outcome).reason());
                if (attempts >= settings.maxAttempts()) {
                    outbox.markDead(row.id(), claimToken, attempts, error);
                    dead++;
                } else {
                    outbox.markRetry(row.id(), claimToken, attempts, clock.instant().plus(backoffAfter(attempts)), error);
                    retrying++;
                }
            }
        }
        return new Run(delivered, retrying, dead, superseded);
    }

    /** Runs batches until nothing due is left or a batch made no progress; returns the total. */
    public Run deliverAllDue() {
        int delivered = 0;
        int retrying = 0;
        int dead = 0;
        int superseded = 0;
        Run run;
        do {
            run = deliverDue();
            delivered += run.delivered();
            retrying += run.retrying();
            dead += run.dead();
            superseded += run.superseded();
        } while (run.handled() == settings.batchSize() && run.delivered() + run.superseded() > 0);
        return new Run(delivered, retrying, dead, superseded);
    }

    private MerchantNotificationSender.Outcome send(MerchantNotification row) {
        try {
            return sender.send(row);
        } catch (RuntimeException bug) {
            return new MerchantNotificationSender.Outcome.Failed("sender error: " + bug.getClass().getSimpleName());
        }
    }

    private static String shorten(String reason) {
        String text = reason == null ? "failed" : reason;
        return text.length() <= LONGEST_ERROR ? text : text.substring(0, LONGEST_ERROR);
    }
}
