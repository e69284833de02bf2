package id.kasir.application.operator;

import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import id.kasir.domain.common.StaleAggregateException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An admin creates accounts, disables and enables them, changes roles and resets passwords; every
 * change is audited. Kasir never ends up without an enabled admin: an admin cannot disable the last
 * one or take away its ADMIN role.
 */
public final class ManageOperators {

    private final OperatorAccounts accounts;
    private final PasswordHasher hasher;
    private final PasswordRules passwordRules;
    private final LoginSources loginSources;
    private final AuditTrail audit;
    private final Clock clock;

    public ManageOperators(OperatorAccounts accounts, PasswordHasher hasher, PasswordRules passwordRules,
                           LoginSources loginSources, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.passwordRules = passwordRules;
        this.loginSources = loginSources;
        this.audit = audit;
        this.clock = clock;
    }

    public List<OperatorAccount> all() {
        return accounts.all();
    }

    public OperatorAccount create(NewOperatorAccount account, String password, Actor by, String sourceAddress) {
        passwordRules.check(password, account.username(), account.displayName());
        Instant now = clock.instant();
        OperatorAccount created;
        try {
            created = accounts.add(account, hasher.hash(password), now);
        } catch (OperatorAccounts.DuplicateUsernameException taken) {
            throw new DomainRuleViolation("The username " + account.username() + " is taken");
        }
        audit.record(new AuditEntry(by, "user.create", account.username(),
                "roles " + OperatorRole.join(account.roles()), sourceAddress, now));
        return created;
    }

    public void changeRoles(long id, Set<OperatorRole> roles, Actor by, String sourceAddress) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainRuleViolation("An account needs at least one role");
        }
        OperatorAccount changed = change(id, account -> {
            if (isSelf(by, account) && !account.roles().containsAll(roles)) {
                throw new DomainRuleViolation("Nobody adds roles to their own account: another admin must, so that "
                        + "no one person can grant themselves the second pair of eyes (maker-checker)");
            }
            if (account.has(OperatorRole.ADMIN) && !roles.contains(OperatorRole.ADMIN) && account.enabled()) {
                requireAnotherEnabledAdmin(account);
            }
            return account.withRoles(roles, clock.instant());
        });
        audit.record(new AuditEntry(by, "user.roles", changed.username(), "roles " + OperatorRole.join(roles),
                sourceAddress, clock.instant()));
    }

    private static boolean isSelf(Actor by, OperatorAccount account) {
        return by.kind() == Actor.Kind.OPERATOR
                && NewOperatorAccount.normalizeUsername(by.name()).equals(account.username());
    }

    public void disable(long id, Actor by, String sourceAddress) {
        OperatorAccount changed = change(id, account -> {
            if (account.has(OperatorRole.ADMIN) && account.enabled()) {
                requireAnotherEnabledAdmin(account);
            }
            return account.withEnabled(false, clock.instant());
        });
        audit.record(new AuditEntry(by, "user.disable", changed.username(), null, sourceAddress, clock.instant()));
    }

    public void enable(long id, Actor by, String sourceAddress) {
        OperatorAccount changed = change(id, account -> account.withEnabled(true, clock.instant()));
        audit.record(new AuditEntry(by, "user.enable", changed.username(), null, sourceAddress, clock.instant()));
    }

    /**
     * Sets a new password; this also lifts a lock-out.
     *
     * @throws WeakPasswordException when {@link PasswordRules} refuse it (nothing changes)
     */
    public void resetPassword(long id, String newPassword, Actor by, String sourceAddress) {
        OperatorAccount current = accounts.byId(id).orElseThrow(() -> new DomainRuleViolation("No account with id " + id));
        passwordRules.check(newPassword, current.username(), current.displayName());
        String hash = hasher.hash(newPassword);
        OperatorAccount changed = change(id, account -> account.withPasswordHash(hash, clock.instant()));
        loginSources.forgetFailures(changed.username());
        audit.record(new AuditEntry(by, "user.password-reset", changed.username(), null, sourceAddress,
                clock.instant()));
    }

    /**
     * Lifts the lock an attack from many sources put on an account, and forgets the failures that led to
     * it (or the next one would lock it again). Audited; the lock's end is in the entry.
     */
    public void unlock(long id, Actor by, String sourceAddress) {
        OperatorAccount before = accounts.byId(id).orElseThrow(() -> new DomainRuleViolation("No account with id " + id));
        OperatorAccount changed = change(id, account -> account.unlocked(clock.instant()));
        loginSources.forgetFailures(changed.username());
        audit.record(new AuditEntry(by, "user.unlock", changed.username(), before.lockedUntil() == null ? "was not locked"
                : "lock until " + before.lockedUntil() + " lifted", sourceAddress, clock.instant()));
    }

    /** Accounts locked now because of an attack from many sources, for the dashboard. */
    public List<OperatorAccount> lockedNow() {
        Instant now = clock.instant();
        return accounts.all().stream().filter(a -> a.isLockedAt(now)).toList();
    }

    private void requireAnotherEnabledAdmin(OperatorAccount account) {
        boolean another = accounts.all().stream()
                .anyMatch(a -> a.id() != account.id() && a.enabled() && a.has(OperatorRole.ADMIN));
        if (!another) {
            throw new DomainRuleViolation("Kasir needs at least one enabled ADMIN: " + account.username() + " is the last one");
        }
    }

    private OperatorAccount change(long id, UnaryOperator<OperatorAccount> change) {
        StaleAggregateException last = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            OperatorAccount account = accounts.byId(id)
                    .orElseThrow(() -> new DomainRuleViolation("No account with id " + id));
            OperatorAccount changed = change.apply(account);
            try {
                accounts.update(changed);
                return changed;
            } catch (StaleAggregateException e) {
                last = e;
            }
        }
        throw last;
    }
}
