package id.kasir.application.gateway;

import id.kasir.application.gateway.GatewayCredentials.Credential;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * "No sandbox secret outside the sandbox" (issue 15): judges each enabled gateway's
 * {@link GatewayCredentials} before Kasir serves anything.
 * <ul>
 *   <li>A secret equal to the sandbox's published one is refused unless the gateway's base URL is Kasir's
 *       own in-process sandbox, mounted in this process: with a real gateway it would let anyone who read
 *       the repository sign notifications that Kasir believes (PayIn callbacks, Cash In notifications).</li>
 *   <li>Where sandbox credentials are not allowed at all (profile {@code mysql}, i.e. production), every
 *       credential still at the sandbox's value — secret or identifier — is refused, and so is a base URL
 *       that is the in-process sandbox: production never falls back to the sandbox.</li>
 *   <li>A base URL that is the in-process sandbox while the sandbox is not mounted is refused: every call
 *       would fail.</li>
 * </ul>
 * Each refusal names the property to set.
 */
public final class SandboxCredentialsRule {

    /**
     * @param sandboxCredentialsAllowed false in production: no credential may be the sandbox's
     * @param sandboxMounted            the in-process sandbox is mounted in this process
     * @param sandboxBaseUrl            where the in-process sandbox answers when mounted, e.g.
     *                                  {@code http://localhost:8080/sandbox} ({@code kasir.public-base-url} + its path)
     */
    public record Deployment(boolean sandboxCredentialsAllowed, boolean sandboxMounted, String sandboxBaseUrl) {
        public Deployment {
            Objects.requireNonNull(sandboxBaseUrl, "sandboxBaseUrl");
        }
    }

    /** One reason Kasir will not start, with the property that fixes it. */
    public record Refusal(String gateway, String property, String reason) {
        @Override
        public String toString() {
            return property + ": " + reason;
        }
    }

    private final Deployment deployment;

    public SandboxCredentialsRule(Deployment deployment) {
        this.deployment = deployment;
    }

    public List<Refusal> judge(List<GatewayCredentials> gateways) {
        List<Refusal> refusals = new ArrayList<>();
        for (GatewayCredentials gateway : gateways) {
            refusals.addAll(judge(gateway));
        }
        return refusals;
    }

    private List<Refusal> judge(GatewayCredentials gateway) {
        List<Refusal> refusals = new ArrayList<>();
        boolean atOwnSandbox = isInProcessSandbox(gateway.baseUrl(), gateway.gateway());
        if (atOwnSandbox && !deployment.sandboxMounted()) {
            refusals.add(new Refusal(gateway.gateway(), gateway.baseUrlProperty(), "points at Kasir's in-process sandbox ("
                    + gateway.baseUrl() + "), which is not mounted (kasir.sandbox.enabled=false): set the gateway's real address"));
        } else if (atOwnSandbox && !deployment.sandboxCredentialsAllowed()) {
            refusals.add(new Refusal(gateway.gateway(), gateway.baseUrlProperty(), "points at Kasir's in-process sandbox ("
                    + gateway.baseUrl() + "), which production never uses: set the gateway's real address"));
        }
        for (Credential credential : gateway.credentials()) {
            if (credential.source() == GatewayCredentials.Source.MISSING) {
                refusals.add(new Refusal(gateway.gateway(), credential.property(), "is empty: set it"));
                continue;
            }
            if (credential.source() != GatewayCredentials.Source.SANDBOX) {
                continue;
            }
            if (!deployment.sandboxCredentialsAllowed()) {
                refusals.add(new Refusal(gateway.gateway(), credential.property(),
                        "is unset or the sandbox's published value (the default), which production never uses: set your own"));
            } else if (credential.kind() == GatewayCredentials.Kind.SECRET && !atOwnSandbox) {
                refusals.add(new Refusal(gateway.gateway(), credential.property(), "is the sandbox's published "
                        + "secret while " + gateway.baseUrlProperty() + " (" + gateway.baseUrl() + ") is not Kasir's "
                        + "in-process sandbox: anyone who read the repository could sign as the gateway. Set your own"));
            }
        }
        return refusals;
    }

    /**
     * The URL is {@code <sandbox base>/<gateway>} (or below it) on the same origin as the in-process
     * sandbox; {@code localhost}, {@code 127.x.x.x} and {@code [::1]} count as one host.
     */
    boolean isInProcessSandbox(String baseUrl, String gateway) {
        Optional<URI> url = parse(baseUrl);
        Optional<URI> sandbox = parse(deployment.sandboxBaseUrl().replaceAll("/+$", "") + "/" + gateway);
        if (url.isEmpty() || sandbox.isEmpty()) {
            return false;
        }
        URI a = url.get();
        URI b = sandbox.get();
        String path = a.getPath() == null ? "" : a.getPath().replaceAll("/+$", "");
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && sameHost(a.getHost(), b.getHost()) && port(a) == port(b)
                && (path.equals(b.getPath()) || path.startsWith(b.getPath() + "/"));
    }

    private static boolean sameHost(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return a.equalsIgnoreCase(b) || (loopback(a) && loopback(b));
    }

    private static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}") || h.equals("[::1]") || h.equals("::1");
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Optional<URI> parse(String url) {
        try {
            return Optional.of(new URI(url.trim()).normalize());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
