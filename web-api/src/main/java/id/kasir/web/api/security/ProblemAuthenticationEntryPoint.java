package id.kasir.web.api.security;

import id.kasir.web.api.problem.ProblemJson;
import id.kasir.web.api.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
        boolean badKey = why == ApiKeyAuthenticationFilter.Rejection.NOT_VALID;
        response.setHeader("WWW-Authenticate", badKey ? "Bearer realm=\"kasir\", error=\"invalid_token\""
                : "Bearer realm=\"kasir\"");
        String detail = why instanceof ApiKeyAuthenticationFilter.Rejection rejection ? rejection.detail
                : "An API key is required";
        ProblemJson.write(response, Problems.at(request, Problems.of(401, "unauthorized", "Unauthorized", detail)));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemJson.write(response, Problems.at(request, Problems.of(403, "forbidden", "Forbidden",
                "This API key may not do this")));
    }
}
