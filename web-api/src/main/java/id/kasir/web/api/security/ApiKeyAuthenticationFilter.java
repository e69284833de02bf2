package id.kasir.web.api.security;

import id.kasir.application.merchant.ApiKey;
import id.kasir.application.merchant.AuthenticateApiKey;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <key>} and, when the key is active, authenticates the request as
 * that key. Otherwise leaves the request anonymous (the entry point answers 401) and notes why, so
 * the answer can say "missing" or "not valid" without saying anything about the key.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String REJECTION = ApiKeyAuthenticationFilter.class.getName() + ".rejection";
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
            request.setAttribute(REJECTION, "Missing API key: send it as 'Authorization: Bearer <key>'");
        } else if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.setAttribute(REJECTION, "The Authorization header must be 'Bearer <key>'");
        } else {
            Optional<ApiKey> key = authenticateApiKey.authenticate(header.substring(BEARER.length()).strip());
            if (key.isPresent()) {
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(new ApiKeyAuthentication(key.get()));
                contexts.setContext(context);
            } else {
                request.setAttribute(REJECTION, "The API key is not valid or has been revoked");
            }
        }
        chain.doFilter(request, response);
    }
}
