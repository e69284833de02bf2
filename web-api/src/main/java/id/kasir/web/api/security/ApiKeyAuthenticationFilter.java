package id.kasir.web.api.security;

import id.kasir.application.merchant.ApiKey;
import id.kasir.application.merchant.AuthenticateApiKey;
import id.kasir.application.port.StoreUnavailable;
import id.kasir.web.api.problem.StoreOutages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <key>} and, when the key is active, authenticates the request as
 * that key. Otherwise leaves the request anonymous (the entry point answers 401) and notes why
 * ({@link Rejection}), so the answer can say "missing" or "not valid" without saying anything about
 * the key. When Kasir's own database cannot be reached to look the key up, the answer is 503 with
 * {@code Retry-After}: the key may be perfectly good, and a 401 would tell the merchant to replace it.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    /** Why a request was left anonymous; the entry point words its 401 from this, never from a message. */
    enum Rejection {
        MISSING("Missing API key: send it as 'Authorization: Bearer <key>'"),
        NOT_BEARER("The Authorization header must be 'Bearer <key>'"),
        NOT_VALID("The API key is not valid or has been revoked"),
        SEVERAL("Send one Authorization header, not several");

        final String detail;

        Rejection(String detail) {
            this.detail = detail;
        }
    }

    static final String REJECTION = ApiKeyAuthenticationFilter.class.getName() + ".rejection";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticationFilter.class);
    private static final String BEARER = "Bearer ";
    private final AuthenticateApiKey authenticateApiKey;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiKeyAuthenticationFilter(AuthenticateApiKey authenticateApiKey) {
        this.authenticateApiKey = authenticateApiKey;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            request.setAttribute(REJECTION, Rejection.MISSING);
        } else if (java.util.Collections.list(request.getHeaders("Authorization")).size() > 1) {
            // Which of two keys is meant is not ours to guess (the container would take the first one).
            request.setAttribute(REJECTION, Rejection.SEVERAL);
        } else if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.setAttribute(REJECTION, Rejection.NOT_BEARER);
        } else {
            Optional<ApiKey> key;
            try {
                key = authenticateApiKey.authenticate(header.substring(BEARER.length()).strip());
            } catch (RuntimeException failure) {
                if (!StoreOutages.isOutage(failure)) {
                    throw failure;
                }
                // The type only: a MyBatis wrapper's message runs to several lines and quotes the statement.
                log.warn("Could not check an API key: Kasir's database is unreachable ({})",
                        StoreUnavailable.describe(failure));
                StoreOutages.answer(request, response);
                return;
            }
            if (key.isPresent()) {
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(new ApiKeyAuthentication(key.get()));
                contexts.setContext(context);
            } else {
                request.setAttribute(REJECTION, Rejection.NOT_VALID);
            }
        }
        chain.doFilter(request, response);
    }
}
