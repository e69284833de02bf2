package id.kasir.web.admin.security;

import id.kasir.application.operator.NewOperatorAccount;
import id.kasir.application.operator.OperatorAccount;
import id.kasir.application.operator.OperatorAccounts;
import id.kasir.application.operator.OperatorRole;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A logged-in session follows its account on every request, because a session can outlive what it was
 * granted for (sessions live in the database and survive restarts):
 * <ul>
 *   <li>an account disabled or deleted, or whose password was changed or reset since this session logged in,
 *       ends the session: the request goes on as anonymous, so a portal page redirects to the login;</li>
 *   <li>an account whose roles changed keeps its session with exactly its current roles (a demoted admin
 *       cannot issue an API key or create users a moment later).</li>
 * </ul>
 * The password is compared by a SHA-256 fingerprint of its stored hash, kept in the session at the form
 * login ({@link #rememberPassword}); only sessions that carry it are followed (a session opened before this
 * check existed is not, until it times out; a test's mock user neither). One read of the account per
 * request; what a request may do is then decided on the current roles.
 */
final class SessionFollowsAccount extends OncePerRequestFilter {

    static final String PASSWORD_FINGERPRINT = SessionFollowsAccount.class.getName() + ".passwordFingerprint";

    private final OperatorAccounts accounts;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionFollowsAccount(OperatorAccounts accounts) {
        this.accounts = accounts;
    }

    /** Called at a successful login: the session remembers which password it was opened with. */
    static void rememberPassword(HttpServletRequest request, OperatorAccounts accounts, String username) {
        accounts.byUsername(NewOperatorAccount.normalizeUsername(username))
                .ifPresent(account -> request.getSession().setAttribute(PASSWORD_FINGERPRINT,
                        fingerprint(account.passwordHash())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = contexts.getContext();
        Authentication authentication = context.getAuthentication();
        HttpSession session = request.getSession(false);
        if (authentication instanceof UsernamePasswordAuthenticationToken && authentication.isAuthenticated()
                && session != null && session.getAttribute(PASSWORD_FINGERPRINT) != null) {
            Optional<OperatorAccount> account =
                    accounts.byUsername(NewOperatorAccount.normalizeUsername(authentication.getName()));
            if (account.isEmpty() || !account.get().enabled()
                    || !fingerprint(account.get().passwordHash()).equals(session.getAttribute(PASSWORD_FINGERPRINT))) {
                endSession(request, session);
            } else {
                Set<String> current = authorities(account.get());
                Set<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
                if (!current.equals(held)) {
                    keepSessionWithRoles(request, response, account.get(), current, authentication);
                }
            }
        }
        chain.doFilter(request, response);
    }

    private void endSession(HttpServletRequest request, HttpSession session) {
        contexts.clearContext();
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // nothing left to end
        }
        request.getSession(false);
    }

    private void keepSessionWithRoles(HttpServletRequest request, HttpServletResponse response, OperatorAccount account,
                                      Set<String> authorities, Authentication previous) {
        User principal = new User(account.username(), "", authorities.stream().map(SimpleGrantedAuthority::new).toList());
        UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities());
        updated.setDetails(previous.getDetails());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(updated);
        contexts.setContext(context);
        repository.saveContext(context, request, response);
    }

    private static Set<String> authorities(OperatorAccount account) {
        return account.roles().stream().map(OperatorRole::name).map(role -> "ROLE_" + role).collect(Collectors.toSet());
    }

    private static String fingerprint(String passwordHash) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(passwordHash.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
