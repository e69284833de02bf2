package id.kasir.web.admin.security;

import id.kasir.application.operator.RecordLoginAttempt;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** What happens after a login attempt or a logout: counted against the account, and audited. */
final class LoginOutcomes {

    private LoginOutcomes() {
    }

    static final class Succeeded extends SavedRequestAwareAuthenticationSuccessHandler {
        private final RecordLoginAttempt logins;

        Succeeded(RecordLoginAttempt logins) {
            this.logins = logins;
            setDefaultTargetUrl("/admin");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws ServletException, IOException {
            logins.succeeded(authentication.getName(), request.getRemoteAddr());
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /**
     * Every refusal lands on the same page with the same words, so the page does not tell an attacker
     * which usernames exist or which are locked.
     */
    static final class Failed extends SimpleUrlAuthenticationFailureHandler {
        private final RecordLoginAttempt logins;

        Failed(RecordLoginAttempt logins) {
            super("/login?error");
            this.logins = logins;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException exception) throws IOException, ServletException {
            String username = request.getParameter("username");
            if (exception instanceof LockedException) {
                logins.refusedWhileLocked(username, request.getRemoteAddr());
            } else if (exception instanceof BadCredentialsException) {
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
