package id.kasir.application.operator;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An ops person's account. The failed-login count and the lock live on the account (one row in the
 * database), so a lock-out holds on every node. {@code version} guards concurrent changes.
 */
public record OperatorAccount(
        long id,
        String username,
        String passwordHash,
        Set<OperatorRole> roles,
        String displayName,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public OperatorAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        updatedAt = updatedAt == null ? createdAt : updatedAt;
        if (failedAttempts < 0) {
            throw new IllegalArgumentException("failedAttempts cannot be negative");
        }
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean has(OperatorRole role) {
        return roles.contains(role);
    }

    /**
     * Counts one more failure; the {@code maxAttempts}-th in a row locks the account. A failure after
     * an earlier lock ran out starts a fresh count, so one typo after a lock does not lock again.
     */
    public OperatorAccount afterFailedLogin(LockoutPolicy policy, Instant now) {
        boolean earlierLockRanOut = lockedUntil != null && !lockedUntil.isAfter(now);
        int attempts = (earlierLockRanOut ? 0 : failedAttempts) + 1;
        Instant lock = attempts >= policy.maxAttempts() ? now.plus(policy.duration()) : (earlierLockRanOut ? null : lockedUntil);
        return new OperatorAccount(id, username, passwordHash, roles, displayName, enabled, attempts, lock, createdAt, now,
                version);
    }

    public OperatorAccount afterSuccessfulLogin(Instant now) {
        return new OperatorAccount(id, username, passwordHash, roles, displayName, enabled, 0, null, createdAt, now, version);
    }

    public OperatorAccount withRoles(Set<OperatorRole> newRoles, Instant now) {
        return new OperatorAccount(id, username, passwordHash, newRoles, displayName, enabled, failedAttempts, lockedUntil,
                createdAt, now, version);
    }

    public OperatorAccount withEnabled(boolean newEnabled, Instant now) {
        return new OperatorAccount(id, username, passwordHash, roles, displayName, newEnabled, failedAttempts, lockedUntil,
                createdAt, now, version);
    }

    /** A new password also lifts a lock-out: resetting it is how an admin lets someone back in. */
    public OperatorAccount withPasswordHash(String newHash, Instant now) {
        return new OperatorAccount(id, username, newHash, roles, displayName, enabled, 0, null, createdAt, now, version);
    }

    @Override
    public String toString() {
        // The hash stays out of logs and exception messages.
        return "OperatorAccount[" + id + " " + username + " " + roles + (enabled ? "" : " disabled") + "]";
    }
}
