package id.kasir.web.admin.security;

import id.kasir.application.operator.NewOperatorAccount;
import id.kasir.application.operator.OperatorAccount;
import id.kasir.application.operator.OperatorAccounts;
import id.kasir.application.operator.OperatorRole;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads an ops person's account for login. Locks are not decided here: an attack lock holds only against
 * some sources, which {@link LoginGate} knows and refuses before the password is checked.
 */
final class OperatorUserDetailsService implements UserDetailsService {

    private final OperatorAccounts accounts;

    OperatorUserDetailsService(OperatorAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        OperatorAccount account = accounts.byUsername(NewOperatorAccount.normalizeUsername(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.roles().stream().map(OperatorRole::name).toArray(String[]::new))
                .disabled(!account.enabled())
                .build();
    }
}
