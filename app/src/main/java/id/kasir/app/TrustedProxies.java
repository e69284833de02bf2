package id.kasir.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code X-Forwarded-For}, believed only from {@code kasir.trusted-proxies} (IP addresses or CIDR ranges,
 * matched by Spring Security's {@link IpAddressMatcher}; empty by default: the header is ignored). When a
 * request comes from a trusted proxy, its {@code getRemoteAddr()} becomes the client's address for
 * everything after this filter — login throttling, the audit log, the sandbox's loopback check: the
 * header's entries are read from the right, trusted proxies skipped, and the first other entry is the
 * client (an entry that is not an IP address leaves the proxy's own address). Anyone else's header
 * changes nothing, so a client cannot pick the address it is throttled or audited under.
 */
final class TrustedProxies extends OncePerRequestFilter {

    private static final Log log = LogFactory.getLog(TrustedProxies.class);

    private final List<IpAddressMatcher> proxies;
    private final AtomicBoolean warned = new AtomicBoolean();

    /**
     * @throws IllegalArgumentException naming {@code kasir.trusted-proxies} when an entry is not an IP address or CIDR range
     */
    TrustedProxies(List<String> proxies) {
        List<IpAddressMatcher> matchers = new ArrayList<>();
        for (String proxy : proxies) {
            String p = proxy == null ? "" : proxy.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (!IpLiterals.isIpLiteral(p.contains("/") ? p.substring(0, p.indexOf('/')) : p)) {
                throw new IllegalArgumentException("kasir.trusted-proxies: '" + p + "' is not an IP address or CIDR range");
            }
            matchers.add(new IpAddressMatcher(p));
        }
        this.proxies = List.copyOf(matchers);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (proxies.isEmpty() || !trusted(request.getRemoteAddr())) {
            warnOnceOfAnIgnoredHeader(request);
            return true;
        }
        return false;
    }

    /**
     * Behind a load balancer that is not listed, every login seems to come from the load balancer: one
     * attacker's failures would slow everyone down. Say so once, naming the setting.
     */
    private void warnOnceOfAnIgnoredHeader(HttpServletRequest request) {
        if (request.getHeader("X-Forwarded-For") != null && warned.compareAndSet(false, true)) {
            log.warn("X-Forwarded-For from " + request.getRemoteAddr() + " is ignored: it is not in kasir.trusted-proxies. "
                    + "If Kasir is behind a load balancer or proxy, list its addresses there, or every login seems to "
                    + "come from it (one address's throttling then slows everyone down). Said once.");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clientOf(request);
        chain.doFilter(client.equals(request.getRemoteAddr()) ? request : new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return client;
            }

            @Override
            public String getRemoteHost() {
                return client;
            }
        }, response);
    }

    /** The client's address for a request that came from a trusted proxy. */
    String clientOf(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                hops.add(withoutPort(hop.trim()));
            }
        }
        String client = request.getRemoteAddr();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!IpLiterals.isIpLiteral(hop)) {
                return client;
            }
            if (!trusted(hop)) {
                return hop;
            }
            client = hop;
        }
        return client;
    }

    /** {@code 203.0.113.5:4711} and {@code [2001:db8::7]:4711}, as some proxies write them, without the port. */
    static String withoutPort(String hop) {
        if (hop.matches("\\d{1,3}(\\.\\d{1,3}){3}:\\d{1,5}")) {
            return hop.substring(0, hop.indexOf(':'));
        }
        if (hop.startsWith("[") && hop.contains("]")) {
            return hop.substring(1, hop.indexOf(']'));
        }
        return hop;
    }

    private boolean trusted(String address) {
        if (!IpLiterals.isIpLiteral(address)) {
            return false;
        }
        for (IpAddressMatcher proxy : proxies) {
            if (proxy.matches(address)) {
                return true;
            }
        }
        return false;
    }

    /** IP literals only: never a name, which IpAddressMatcher would look up in DNS. */
    static final class IpLiterals {
        private IpLiterals() {
        }

        static boolean isIpLiteral(String value) {
            if (value == null || value.isEmpty() || value.length() > 45) {
                return false;
            }
            if (value.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                for (String octet : value.split("\\.")) {
                    if (Integer.parseInt(octet) > 255) {
                        return false;
                    }
                }
                return true;
            }
            return value.contains(":") && value.matches("[0-9a-fA-F:.]+");
        }
    }
}
