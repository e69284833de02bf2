package id.kasir.web.admin.security;

import id.kasir.application.operator.RecordLoginAttempt;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the password check of {@code POST /login}: a source that failed too often lately is
 * refused with how long to wait ({@link LoginThrottle}; {@code /login?throttled=<seconds>}, header
 * {@code Retry-After}), and an account locked against this source by an attack from many sources is refused
 * like any other failure ({@code /login?error}) and counted against the source like one. Neither checks the
 * password; both are audited, at most once a minute per account and source (a script cannot flood the log). The
 * source is {@code request.getRemoteAddr()}: behind a trusted proxy the application has already replaced it
 * with the client's address ({@code kasir.trusted-proxies}).
 */
final class LoginGate extends OncePerRequestFilter {

    /** The same kind of matcher form login uses for its processing URL, so the gate stands before every login. */
    private static final RequestMatcher LOGIN = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/login");

    private final LoginThrottle throttle;
    private final RecordLoginAttempt logins;

    LoginGate(LoginThrottle throttle, RecordLoginAttempt logins) {
        this.throttle = throttle;
        this.logins = logins;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String source = request.getRemoteAddr();
        Optional<Duration> wait = throttle.wait(username, source);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            if (throttle.shouldReport(username, source)) {
                logins.throttled(username, source, Duration.ofSeconds(seconds));
            }
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
            return;
        }
        if (logins.admit(username, source) == RecordLoginAttempt.Admission.LOCKED) {
            // Counts like a wrong password for this source, so hammering a locked account gets it throttled.
            throttle.failed(username, source);
            if (throttle.shouldReport(username, source)) {
                logins.refusedWhileLocked(username, source);
            }
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }
}
