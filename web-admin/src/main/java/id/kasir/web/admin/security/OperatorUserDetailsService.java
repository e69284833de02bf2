package id.kasir.web.admin.security;

import id.kasir.application.operator.NewOperatorAccount;
import id.kasir.application.operator.OperatorAccount;
import id.kasir.application.operator.OperatorAccounts;
import id.kasir.application.operator.OperatorRole;
import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads an ops person's account for login. A locked account is reported locked, so the password is
 * not even checked while the lock holds (and a correct guess during the lock does not help).
 */
final class OperatorUserDetailsService implements UserDetailsService {

    private final OperatorAccounts accounts;
    private final Clock clock;

    OperatorUserDetailsService(OperatorAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        OperatorAccount account = accounts.byUsername(NewOperatorAccount.normalizeUsername(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.roles().stream().map(OperatorRole::name).toArray(String[]::new))
                .disabled(!account.enabled())
                .accountLocked(account.isLockedAt(clock.instant()))
                .build();
    }
}
