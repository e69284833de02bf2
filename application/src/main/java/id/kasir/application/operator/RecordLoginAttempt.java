package id.kasir.application.operator;

import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.StaleAggregateException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed logins on the account and locks it after too many in a row; a success clears the
 * count. Both are audited. The count lives on the account's row, read and written under its version,
 * so two nodes counting at once both count.
 */
public final class RecordLoginAttempt {

    private static final int MAX_ATTEMPTS = 10;

    private final OperatorAccounts accounts;
    private final AuditTrail audit;
    private final LockoutPolicy policy;
    private final Clock clock;

    public RecordLoginAttempt(OperatorAccounts accounts, AuditTrail audit, LockoutPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    public LockoutPolicy policy() {
        return policy;
    }

    /** A wrong password (or an unknown username: audited, nothing else to count on). */
    public void failed(String typedUsername, String sourceAddress) {
        String username = shorten(NewOperatorAccount.normalizeUsername(typedUsername));
        Instant now = clock.instant();
        Optional<OperatorAccount> after = changeAccount(username, account -> account.afterFailedLogin(policy, now));
        boolean lockedNow = after.map(a -> a.isLockedAt(now) && a.failedAttempts() == policy.maxAttempts()).orElse(false);
        audit.record(new AuditEntry(actorFor(username), "login.failed", username,
                after.map(a -> "failed attempt " + a.failedAttempts() + " of " + policy.maxAttempts()).orElse("unknown username"),
                sourceAddress, now));
        if (lockedNow) {
            audit.record(new AuditEntry(Actor.system("login"), "login.locked", username,
                    "locked until " + after.get().lockedUntil() + " after " + policy.maxAttempts() + " failed logins",
                    sourceAddress, now));
        }
    }

    /** A login was refused because the account is locked (the password was not even checked). */
    public void refusedWhileLocked(String typedUsername, String sourceAddress) {
        String username = shorten(NewOperatorAccount.normalizeUsername(typedUsername));
        audit.record(new AuditEntry(actorFor(username), "login.refused-locked", username, null, sourceAddress,
                clock.instant()));
    }

    public void succeeded(String username, String sourceAddress) {
        Instant now = clock.instant();
        changeAccount(username, account -> account.failedAttempts() == 0 && account.lockedUntil() == null
                ? account : account.afterSuccessfulLogin(now));
        audit.record(new AuditEntry(Actor.operator(username), "login", username, null, sourceAddress, now));
    }

    public void loggedOut(String username, String sourceAddress) {
        audit.record(new AuditEntry(Actor.operator(username), "logout", username, null, sourceAddress, clock.instant()));
    }

    private Optional<OperatorAccount> changeAccount(String username,
                                                    java.util.function.UnaryOperator<OperatorAccount> change) {
        StaleAggregateException last = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<OperatorAccount> found = accounts.byUsername(username);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            OperatorAccount changed = change.apply(found.get());
            if (changed == found.get()) {
                return found;
            }
            try {
                accounts.update(changed);
                return Optional.of(changed);
            } catch (StaleAggregateException e) {
                last = e;
            }
        }
        throw last;
    }

    private static Actor actorFor(String username) {
        return username.isBlank() ? Actor.system("login") : Actor.operator(username);
    }

    private static String shorten(String username) {
        // Whatever was typed ends up in the audit log: keep it to the length a real username has.
        return username.length() > 64 ? username.substring(0, 64) : username;
    }
}
