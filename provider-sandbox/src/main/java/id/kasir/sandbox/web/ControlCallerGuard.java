package id.kasir.sandbox.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Answers the sandbox's {@link SandboxControl} endpoints only for callers on loopback ({@code 127.0.0.0/8},
 * {@code ::1}), unless {@code kasir.sandbox.control-from-loopback-only=false}. Others get 403 with a JSON
 * body saying why. A request that carries a forwarding header ({@code Forwarded}, {@code X-Forwarded-For},
 * {@code X-Real-IP}) is not taken as local even from a loopback address: it came through a proxy on this
 * machine, from somewhere else.
 */
public final class ControlCallerGuard implements HandlerInterceptor {

    private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Real-IP");
    static final String REFUSAL = "{\"error\":\"forbidden\",\"message\":\"The sandbox's control endpoints (order list, "
            + "_sandbox actions, _faults) answer only callers on this machine (loopback). Set "
            + "kasir.sandbox.control-from-loopback-only=false to open them to everyone who reaches this server.\"}";

    private final boolean loopbackOnly;

    public ControlCallerGuard(boolean loopbackOnly) {
        this.loopbackOnly = loopbackOnly;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!loopbackOnly || !isControl(handler) || isLocalCaller(request)) {
            return true;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(REFUSAL);
        return false;
    }

    private static boolean isControl(Object handler) {
        return handler instanceof HandlerMethod method && method.getBeanType().isAnnotationPresent(SandboxControl.class);
    }

    static boolean isLocalCaller(HttpServletRequest request) {
        for (String header : FORWARDING_HEADERS) {
            if (request.getHeader(header) != null) {
                return false;
            }
        }
        return isLoopback(request.getRemoteAddr());
    }

    /** A literal IP address on loopback; never a name lookup (the remote address is always a literal). */
    static boolean isLoopback(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F:.%\\[\\]]+")) {
            return false;
        }
        try {
            String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
