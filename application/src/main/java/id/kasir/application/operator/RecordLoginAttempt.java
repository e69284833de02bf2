package id.kasir.application.operator;

import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.StaleAggregateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Login attempts, judged so that nobody can use them to lock ops out (issue 15): wrong passwords from one
 * source lock nothing (the portal slows that source down); failures from {@link LockoutPolicy#attackSources()}
 * different sources within the window mean the account is under attack — it is then locked against every
 * source it has not logged in from recently, the attack is audited and shown on the dashboard, and another
 * admin can lift the lock ({@link ManageOperators#unlock}). Every attempt is audited with its source.
 * Counts live in the database ({@link LoginSources}, the account's row under its version), so every node
 * judges alike.
 */
public final class RecordLoginAttempt {

    private static final int MAX_ATTEMPTS = 10;

    private final OperatorAccounts accounts;
    private final LoginSources sources;
    private final AuditTrail audit;
    private final LockoutPolicy policy;
    private final Clock clock;

    public RecordLoginAttempt(OperatorAccounts accounts, LoginSources sources, AuditTrail audit, LockoutPolicy policy,
                              Clock clock) {
        this.accounts = accounts;
        this.sources = sources;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    public LockoutPolicy policy() {
        return policy;
    }

    /** Whether the password may even be checked. */
    public enum Admission {
        /** Check it. */
        ALLOWED,
        /** The account is locked against this source (an attack from many sources); refuse unchecked. */
        LOCKED
    }

    /** Asked before the password is checked: a locked account admits only sources it logged in from before. */
    public Admission admit(String typedUsername, String sourceAddress) {
        String username = shorten(NewOperatorAccount.normalizeUsername(typedUsername));
        Instant now = clock.instant();
        Optional<OperatorAccount> account = accounts.byUsername(username);
        if (account.isEmpty() || !account.get().isLockedAt(now)
                || sources.succeededSince(username, source(sourceAddress), now.minus(policy.knownSourceFor()))) {
            return Admission.ALLOWED;
        }
        return Admission.LOCKED;
    }

    /** A wrong password (or an unknown username: audited, nothing else to count on). */
    public void failed(String typedUsername, String sourceAddress) {
        String username = shorten(NewOperatorAccount.normalizeUsername(typedUsername));
        Instant now = clock.instant();
        Optional<OperatorAccount> known = accounts.byUsername(username);
        if (known.isEmpty()) {
            audit.record(new AuditEntry(actorFor(username), "login.failed", username, "unknown username", sourceAddress, now));
            return;
        }
        sources.failed(username, source(sourceAddress), now);
        int failingSources = sources.sourcesFailedSince(username, now.minus(policy.attackWindow()));
        boolean attack = failingSources >= policy.attackSources();
        OperatorAccount after = changeAccount(username, account -> {
            OperatorAccount counted = account.afterFailedLogin(now);
            return attack && !account.isLockedAt(now) ? counted.lockedUntil(now.plus(policy.duration()), now) : counted;
        }).orElse(known.get());
        audit.record(new AuditEntry(actorFor(username), "login.failed", username, "failed attempt " + after.failedAttempts()
                + "; " + failingSources + " source(s) failing in the last " + minutes(policy.attackWindow()), sourceAddress, now));
        if (attack && !known.get().isLockedAt(now)) {
            audit.record(new AuditEntry(Actor.system("login"), "login.under-attack", username, "failed logins from "
                    + failingSources + " sources in " + minutes(policy.attackWindow()) + "; locked until " + after.lockedUntil()
                    + " against sources it has not logged in from (an admin can unlock it)", sourceAddress, now));
        }
    }

    /** A login was refused because the account is locked against this source (the password was not checked). */
    public void refusedWhileLocked(String typedUsername, String sourceAddress) {
        String username = shorten(NewOperatorAccount.normalizeUsername(typedUsername));
        audit.record(new AuditEntry(actorFor(username), "login.refused-locked", username, null, sourceAddress,
                clock.instant()));
    }

    /** A login was refused because this source failed too often lately (the password was not checked). */
    public void throttled(String typedUsername, String sourceAddress, Duration retryAfter) {
        String username = shorten(NewOperatorAccount.normalizeUsername(typedUsername));
        audit.record(new AuditEntry(actorFor(username), "login.throttled", username,
                "too many failures from this source; next try in " + retryAfter.toSeconds() + " s", sourceAddress,
                clock.instant()));
    }

    public void succeeded(String username, String sourceAddress) {
        Instant now = clock.instant();
        sources.succeeded(username, source(sourceAddress), now);
        changeAccount(username, account -> account.failedAttempts() == 0 ? account : account.afterSuccessfulLogin(now));
        audit.record(new AuditEntry(Actor.operator(username), "login", username, null, sourceAddress, now));
    }

    /**
     * Deletes what no rule looks at any more: failures older than the attack window and successes older
     * than the known-source memory. Returns how many rows went.
     */
    public int forgetOldSources() {
        Duration longest = policy.attackWindow().compareTo(policy.knownSourceFor()) > 0
                ? policy.attackWindow() : policy.knownSourceFor();
        return sources.forgetOlderThan(clock.instant().minus(longest));
    }

    public void loggedOut(String username, String sourceAddress) {
        audit.record(new AuditEntry(Actor.operator(username), "logout", username, null, sourceAddress, clock.instant()));
    }

    private Optional<OperatorAccount> changeAccount(String username, UnaryOperator<OperatorAccount> change) {
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

    /** The source as stored: at most 64 characters, "unknown" when there is none. */
    static String source(String sourceAddress) {
        if (sourceAddress == null || sourceAddress.isBlank()) {
            return "unknown";
        }
        String s = sourceAddress.strip();
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    private static String minutes(Duration duration) {
        return duration.toMinutes() + " min";
    }

    /** Before the password is accepted nobody is signed in: the typed name, no role (issue 16). */
    private static Actor actorFor(String username) {
        return username.isBlank() ? Actor.system("login") : Actor.unauthenticated(username);
    }

    private static String shorten(String username) {
        // Whatever was typed ends up in the audit log: keep it to the length a real username has.
        return username.length() > 64 ? username.substring(0, 64) : username;
    }
}
