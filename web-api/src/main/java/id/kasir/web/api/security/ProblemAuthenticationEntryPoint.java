package id.kasir.web.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import id.kasir.web.api.problem.ProblemJson;
import id.kasir.web.api.problem.Problems;
import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers 401 (no or bad key) and 403 as problem details like every other API error. Written by hand
 * because it runs in the security filter chain, before Spring MVC and its message converters.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        Object why = request.getAttribute(ApiKeyAuthenticationFilter.REJECTION);
        boolean badKey = why != null && why.toString().contains("not valid");
        response.setHeader("WWW-Authenticate", badKey ? "Bearer realm=\"kasir\", error=\"invalid_token\""
                : "Bearer realm=\"kasir\"");
        write(response, request, 401, "unauthorized", "Unauthorized",
                why == null ? "An API key is required" : why.toString());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, request, 403, "forbidden", "Forbidden", "This API key may not do this");
    }

    private static void write(HttpServletResponse response, HttpServletRequest request, int status, String type,
                              String title, String detail) throws IOException {
        ProblemDetail problem = Problems.of(status, type, title, detail);
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException unusualPath) {
            // leave instance out
        }
        ProblemJson.write(response, problem);
    }
}
