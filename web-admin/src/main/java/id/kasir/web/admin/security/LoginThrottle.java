package id.kasir.web.admin.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Slows down wrong passwords with Bucket4j token buckets, keyed by account <em>and</em> source address (so
 * one source's failures never slow anybody else down) and, more loosely, by source alone (one address
 * trying many accounts). Only failures take tokens; a source without tokens is refused before its password
 * is checked, until they refill. Layered limits make the delays grow:
 * <ul>
 *   <li>per account and source: 5 failures free, then 1 per 12 s (5/min), 1 per 90 s after 10
 *       (10/15 min), 1 per 3 min after 20 (20/h), 1 per ~29 min after 50 (50/day);</li>
 *   <li>per source, whatever the account: 30 per 10 minutes, 200 per day.</li>
 * </ul>
 * The buckets live in this node's memory, at most {@value #MAX_BUCKETS} of each kind (least recently
 * used dropped first): across N nodes an attacker gets N times the attempts, still growing slower. The
 * lock against an attack from many sources is in the database ({@code RecordLoginAttempt}), on every node.
 * Time is the injected {@link Clock}, so tests move it.
 */
final class LoginThrottle {

    static final int MAX_BUCKETS = 50_000;

    /** How often a throttled (or locked-out) account and source is written to the audit log at most. */
    static final Duration REPORT_EVERY = Duration.ofMinutes(1);

    private final Map<String, Bucket> byAccountAndSource = lru();
    private final Map<String, Bucket> bySource = lru();
    private final Map<String, Long> lastReported = lru();
    private final Clock clock;
    private final TimeMeter time;

    LoginThrottle(Clock clock) {
        this.clock = clock;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return Math.multiplyExact(clock.millis(), 1_000_000L);
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** How long this source must wait before it may try this account again; empty when it may now. */
    Optional<Duration> wait(String username, String source) {
        long nanos = Math.max(waitNanos(byAccountAndSource, key(username, source)), waitNanos(bySource, source));
        return nanos <= 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    /** A wrong password from this source for this account. */
    void failed(String username, String source) {
        bucket(byAccountAndSource, key(username, source), this::accountAndSourceBucket).consumeIgnoringRateLimits(1);
        bucket(bySource, source, this::sourceBucket).consumeIgnoringRateLimits(1);
    }

    /**
     * Whether a refusal of this account and source should go to the audit log now: the first one, then at
     * most one per {@link #REPORT_EVERY}, so a script hammering a refused login cannot flood the log.
     */
    boolean shouldReport(String username, String source) {
        long now = clock.millis();
        synchronized (lastReported) {
            Long last = lastReported.get(key(username, source));
            if (last != null && now - last < REPORT_EVERY.toMillis()) {
                return false;
            }
            lastReported.put(key(username, source), now);
            return true;
        }
    }

    /** The right password: this source and account start afresh (the per-source count stays). */
    void succeeded(String username, String source) {
        synchronized (byAccountAndSource) {
            byAccountAndSource.remove(key(username, source));
        }
    }

    private Bucket accountAndSourceBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(5).refillGreedy(5, Duration.ofMinutes(1)))
                .addLimit(limit -> limit.capacity(10).refillGreedy(10, Duration.ofMinutes(15)))
                .addLimit(limit -> limit.capacity(20).refillGreedy(20, Duration.ofHours(1)))
                .addLimit(limit -> limit.capacity(50).refillGreedy(50, Duration.ofDays(1)))
                .withCustomTimePrecision(time)
                .build();
    }

    private Bucket sourceBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(30).refillGreedy(30, Duration.ofMinutes(10)))
                .addLimit(limit -> limit.capacity(200).refillGreedy(200, Duration.ofDays(1)))
                .withCustomTimePrecision(time)
                .build();
    }

    private static long waitNanos(Map<String, Bucket> buckets, String key) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.get(key);
        }
        if (bucket == null) {
            return 0;
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, Supplier<Bucket> create) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> create.get());
        }
    }

    private static String key(String username, String source) {
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return (user.length() > 64 ? user.substring(0, 64) : user) + "\u0000" + source;
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_BUCKETS;
            }
        };
    }
}
