package id.kasir.web.admin.security;

import id.kasir.application.operator.OperatorAccounts;
import id.kasir.application.operator.RecordLoginAttempt;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** What happens after a login attempt or a logout: counted for the source and the account, and audited. */
final class LoginOutcomes {

    private LoginOutcomes() {
    }

    static final class Succeeded extends SavedRequestAwareAuthenticationSuccessHandler {
        private final RecordLoginAttempt logins;
        private final LoginThrottle throttle;
        private final OperatorAccounts accounts;

        Succeeded(RecordLoginAttempt logins, LoginThrottle throttle, OperatorAccounts accounts) {
            this.logins = logins;
            this.throttle = throttle;
            this.accounts = accounts;
            setDefaultTargetUrl("/admin");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws ServletException, IOException {
            throttle.succeeded(authentication.getName(), request.getRemoteAddr());
            logins.succeeded(authentication.getName(), request.getRemoteAddr());
            SessionFollowsAccount.rememberPassword(request, accounts, authentication.getName());
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /**
     * Every refusal lands on the same page with the same words, so the page does not tell an attacker
     * which usernames exist or which are locked.
     */
    static final class Failed extends SimpleUrlAuthenticationFailureHandler {
        private final RecordLoginAttempt logins;
        private final LoginThrottle throttle;

        Failed(RecordLoginAttempt logins, LoginThrottle throttle) {
            super("/login?error");
            this.logins = logins;
            this.throttle = throttle;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException exception) throws IOException, ServletException {
            String username = request.getParameter("username");
            if (exception instanceof BadCredentialsException) {
                // Slows this source down for this account (and a little for every account); locks nothing.
                throttle.failed(username, request.getRemoteAddr());
                logins.failed(username, request.getRemoteAddr());
            }
            super.onAuthenticationFailure(request, response, exception);
        }
    }

    static final class LoggedOut implements LogoutHandler {
        private final RecordLoginAttempt logins;

        LoggedOut(RecordLoginAttempt logins) {
            this.logins = logins;
        }

        @Override
        public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
            if (authentication != null) {
                logins.loggedOut(authentication.getName(), request.getRemoteAddr());
            }
        }
    }
}
