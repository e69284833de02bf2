package id.kasir.web.admin.portal;

import id.kasir.web.admin.security.PortalRoles;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The logged-in ops person as the pages see them: a name, and what they may do (same rules as the filter chain). */
public record CurrentOperator(String username, Set<String> roles) {

    public static CurrentOperator of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
        return new CurrentOperator(authentication.getName(), roles);
    }

    private boolean hasAny(String[] allowed) {
        return Arrays.stream(allowed).anyMatch(roles::contains);
    }

    public boolean canActOnPayments() {
        return hasAny(PortalRoles.ACT_ON_PAYMENTS);
    }

    public boolean canResolveExceptions() {
        return hasAny(PortalRoles.RESOLVE_EXCEPTIONS);
    }

    public boolean canDecideMoneyExceptions() {
        return hasAny(PortalRoles.DECIDE_MONEY_EXCEPTIONS);
    }

    public boolean canManageUsers() {
        return hasAny(PortalRoles.MANAGE_USERS);
    }

    public boolean canManageApiKeys() {
        return hasAny(PortalRoles.MANAGE_API_KEYS);
    }

    public boolean canResendMerchantNotifications() {
        return hasAny(PortalRoles.RESEND_MERCHANT_NOTIFICATIONS);
    }

    public boolean canRequestPayouts() {
        return hasAny(PortalRoles.REQUEST_PAYOUTS);
    }

    public boolean canDecidePayouts() {
        return hasAny(PortalRoles.DECIDE_PAYOUTS);
    }

    public boolean canCheckPayouts() {
        return hasAny(PortalRoles.CHECK_PAYOUTS);
    }

    public String rolesText() {
        return String.join(", ", roles.stream().sorted().toList());
    }
}
