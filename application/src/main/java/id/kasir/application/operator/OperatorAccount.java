package id.kasir.application.operator;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An ops person's account. The failed-login count and the lock live on the account (one row in the
 * database), so a lock-out holds on every node. {@code lockedUntil} is the lock an attack from many sources
 * sets ({@link LockoutPolicy}): it holds against sources the account never logged in from. {@code version}
 * guards concurrent changes.
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
     * Counts one more failed login (shown to admins; it locks nothing by itself: see {@link LockoutPolicy}).
     */
    public OperatorAccount afterFailedLogin(Instant now) {
        return new OperatorAccount(id, username, passwordHash, roles, displayName, enabled, failedAttempts + 1, lockedUntil,
                createdAt, now, version);
    }

    /** A successful login clears the count; a lock against an attack stays until it runs out or is lifted. */
    public OperatorAccount afterSuccessfulLogin(Instant now) {
        return new OperatorAccount(id, username, passwordHash, roles, displayName, enabled, 0, lockedUntil, createdAt, now,
                version);
    }

    /** Under attack from many sources: locked against unknown sources until {@code until}. */
    public OperatorAccount lockedUntil(Instant until, Instant now) {
        return new OperatorAccount(id, username, passwordHash, roles, displayName, enabled, failedAttempts, until, createdAt,
                now, version);
    }

    /** An admin lifted the lock: no lock, no count. */
    public OperatorAccount unlocked(Instant now) {
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
