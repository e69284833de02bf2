package id.kasir.application.operator;

import java.time.Duration;
import java.util.Objects;

/**
 * When failed logins mean that an account is under attack, and what happens then. Wrong passwords from
 * one source never lock an account (the portal slows that source down instead); failures from
 * {@code attackSources} different sources within {@code attackWindow} do: the account is then locked for
 * {@code duration} against every source it has not logged in from within {@code knownSourceFor}, so its
 * owner, at a usual place, can still get in. Another admin can lift the lock at once.
 *
 * @param attackSources  how many different failing sources make an attack (at least 2)
 * @param attackWindow   how far back failures count
 * @param duration       how long the lock lasts (it is set again while failures go on)
 * @param knownSourceFor how long a successful login keeps its source "known"
 */
public record LockoutPolicy(int attackSources, Duration attackWindow, Duration duration, Duration knownSourceFor) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(10, Duration.ofMinutes(15), Duration.ofMinutes(15),
            Duration.ofDays(90));

    public LockoutPolicy {
        Objects.requireNonNull(attackWindow, "attackWindow");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(knownSourceFor, "knownSourceFor");
        if (attackSources < 2) {
            throw new IllegalArgumentException("an attack needs at least 2 sources: one source is slowed down, never locks");
        }
        for (Duration d : new Duration[] {attackWindow, duration, knownSourceFor}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("lock-out durations must be positive");
            }
        }
    }
}
