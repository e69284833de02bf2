package id.kasir.adapters.persistence.operator;

import id.kasir.application.operator.OperatorAccount;
import id.kasir.application.operator.OperatorRole;
import java.time.Instant;

/** One row of {@code users}; roles are stored comma-separated. */
class OperatorAccountRow {
    Long id;
    String username;
    String passwordHash;
    String roles;
    String displayName;
    boolean enabled;
    int failedAttempts;
    Instant lockedUntil;
    Instant createdAt;
    Instant updatedAt;
    long version;

    static OperatorAccountRow of(OperatorAccount account) {
        OperatorAccountRow row = new OperatorAccountRow();
        row.id = account.id() == 0 ? null : account.id();
        row.username = account.username();
        row.passwordHash = account.passwordHash();
        row.roles = OperatorRole.join(account.roles());
        row.displayName = account.displayName();
        row.enabled = account.enabled();
        row.failedAttempts = account.failedAttempts();
        row.lockedUntil = account.lockedUntil();
        row.createdAt = account.createdAt();
        row.updatedAt = account.updatedAt();
        row.version = account.version();
        return row;
    }

    OperatorAccount toAccount() {
        return new OperatorAccount(id, username, passwordHash, OperatorRole.parse(roles), displayName, enabled,
                failedAttempts, lockedUntil, createdAt, updatedAt, version);
    }
}
