package id.kasir.app;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /error} requested by a client (not reached through the container's error dispatch): 404. Spring Boot's
 * error controller, asked directly, has no error to describe and answers 500 with status 999 — a 5xx that
 * any scanner could add to Kasir's error rate (found by issue 17's hostile corpus). Registered for the
 * REQUEST dispatch only, so real error pages are untouched.
 */
final class DirectErrorPathRequests implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
