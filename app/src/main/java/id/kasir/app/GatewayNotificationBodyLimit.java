package id.kasir.app;

import id.kasir.web.api.input.BufferedRequestBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gate in front of every gateway notification endpoint ({@code /webhooks/*}, Cash In's {@code /v1.0/*}):
 * a body larger than {@code kasir.gateway-notifications.max-body-size} (default 64 KiB; a real notification
 * is well under 2 KiB) is answered 413 before anything parses it — declared by Content-Length, or found
 * while reading a chunked body, never reading more than the limit plus one byte. One log line, no body.
 * A body within the limit is handed on from memory.
 */
final class GatewayNotificationBodyLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(GatewayNotificationBodyLimit.class);

    private final int maxBytes;

    GatewayNotificationBodyLimit(long maxBytes) {
        if (maxBytes < 1024 || maxBytes > 16L * 1024 * 1024) {
            throw new IllegalArgumentException(
                    "kasir.gateway-notifications.max-body-size must be between 1KB and 16MB, not " + maxBytes + " bytes");
        }
        this.maxBytes = (int) maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(request, response, request.getContentLengthLong());
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(request, response, -1);
            return;
        }
        chain.doFilter(new BufferedRequestBody(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long declared) throws IOException {
        log.warn("Refused a {} body to {} from {}: over kasir.gateway-notifications.max-body-size ({} bytes)",
                declared < 0 ? "chunked" : declared + "-byte", request.getRequestURI(), request.getRemoteAddr(), maxBytes);
        response.setStatus(413);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Request body too large: at most " + maxBytes + " bytes");
    }
}
