package id.kasir.app;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Makes every request say that it came to {@code kasir.public-base-url}: its scheme, host and port are
 * the configured ones, whatever the {@code Host} header (or a proxy's {@code X-Forwarded-Host}) claims.
 * Everything that builds an absolute URL or a redirect from the request — Spring Security's login
 * redirect, the saved request it returns to after login, Spring MVC's redirects — therefore builds it
 * from Kasir's own address, so {@code Host: evil.example} can never make Kasir send a browser to
 * {@code http://evil.example/login} (host header injection, OWASP WSTG-INPV-17). A relative redirect
 * is made absolute here too: Tomcat would otherwise complete it from the Host header.
 *
 * <p>Registered for every dispatch (an error page's redirect too); the path of the base URL is not
 * used: Kasir's paths are the request's.
 */
final class PublicBaseUrlRequests implements Filter {

    private final String scheme;
    private final String host;
    private final int port;

    PublicBaseUrlRequests(String publicBaseUrl) {
        URI base = URI.create(publicBaseUrl.strip());
        if (base.getScheme() == null || base.getHost() == null
                || !("http".equalsIgnoreCase(base.getScheme()) || "https".equalsIgnoreCase(base.getScheme()))) {
            throw new IllegalArgumentException("kasir.public-base-url must be an absolute http(s) URL, not " + publicBaseUrl);
        }
        this.scheme = base.getScheme().toLowerCase(Locale.ROOT);
        this.host = base.getHost();
        this.port = base.getPort() != -1 ? base.getPort() : "https".equals(scheme) ? 443 : 80;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            AtPublicBaseUrl atBase = new AtPublicBaseUrl(http);
            chain.doFilter(atBase, new RedirectsFromPublicBaseUrl(answer, atBase));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Completes a relative {@code sendRedirect} against the public base URL before Tomcat sees it. */
    private static final class RedirectsFromPublicBaseUrl extends HttpServletResponseWrapper {
        private final AtPublicBaseUrl request;

        RedirectsFromPublicBaseUrl(HttpServletResponse response, AtPublicBaseUrl request) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(absolute(location));
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
            super.sendRedirect(absolute(location), status, clearBuffer);
        }

        private String absolute(String location) {
            if (location == null) {
                return null;
            }
            try {
                URI target = URI.create(location);
                return target.isAbsolute() ? location
                        : URI.create(request.getRequestURL().toString()).resolve(target).toString();
            } catch (IllegalArgumentException notAUri) {
                return location;
            }
        }
    }

    private final class AtPublicBaseUrl extends HttpServletRequestWrapper {
        AtPublicBaseUrl(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public String getServerName() {
            return host;
        }

        @Override
        public int getServerPort() {
            return port;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme);
        }

        @Override
        public StringBuffer getRequestURL() {
            boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return new StringBuffer(scheme).append("://").append(host).append(defaultPort ? "" : ":" + port)
                    .append(getRequestURI());
        }
    }
}
