package id.kasir.application.operator;

import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;

/**
 * On a fresh installation (no account at all) creates the first admin, {@code admin}, with the
 * configured password or, when none is configured, a generated one that the caller shows once.
 * Nodes starting together race safely: the username is unique, the loser does nothing.
 */
public final class BootstrapFirstAdmin {

    public static final String USERNAME = "admin";

    private final OperatorAccounts accounts;
    static final String DISPLAY_NAME = "Administrator";

    private final PasswordHasher hasher;
    private final PasswordRules passwordRules;
    private final AuditTrail audit;
    private final Clock clock;

    public BootstrapFirstAdmin(OperatorAccounts accounts, PasswordHasher hasher, PasswordRules passwordRules,
                               AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.passwordRules = passwordRules;
        this.audit = audit;
        this.clock = clock;
    }

    /** What happened: nothing (accounts exist), or the admin was created, with the password if generated. */
    public sealed interface Outcome {
        record AccountsExist() implements Outcome {
        }

        record Created(Optional<String> generatedPassword) implements Outcome {
        }
    }

    /**
     * @throws WeakPasswordException when the configured password is refused by {@link PasswordRules}
     */
    public Outcome ensureFirstAdmin(String configuredPassword) {
        if (accounts.count() > 0) {
            return new Outcome.AccountsExist();
        }
        boolean generate = configuredPassword == null || configuredPassword.isBlank();
        String password = generate ? generatedPassword() : configuredPassword;
        passwordRules.check(password, USERNAME, DISPLAY_NAME);
        try {
            accounts.add(new NewOperatorAccount(USERNAME, DISPLAY_NAME, EnumSet.of(OperatorRole.ADMIN)),
                    hasher.hash(password), clock.instant());
        } catch (OperatorAccounts.DuplicateUsernameException anotherNodeWasFirst) {
            return new Outcome.AccountsExist();
        }
        audit.record(new AuditEntry(Actor.system("bootstrap"), "user.create", USERNAME,
                "first admin, password " + (generate ? "generated" : "from configuration"), null, clock.instant()));
        return new Outcome.Created(generate ? Optional.of(password) : Optional.empty());
    }

    /** A random password that passes the rules (one that happens to contain "admin" is drawn again). */
    private String generatedPassword() {
        while (true) {
            String candidate = PasswordRules.generate();
            try {
                passwordRules.check(candidate, USERNAME, DISPLAY_NAME);
                return candidate;
            } catch (WeakPasswordException unlucky) {
                // about one draw in 10^7: draw again
            }
        }
    }
}
