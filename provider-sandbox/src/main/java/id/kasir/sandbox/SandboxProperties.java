package id.kasir.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings shared by the simulated gateways, under {@code kasir.sandbox.*}. Each gateway's own
 * settings (its keys and secrets) are under {@code kasir.sandbox.<gateway>.*}.
 *
 * @param enabled       mount the sandbox in this process (the embedded default does)
 * @param path          where it is mounted; the gateways live under {@code path/cashin}, {@code path/cashi}, {@code path/payin}
 * @param publicBaseUrl the base URL customers' browsers reach the sandbox at (for checkout links)
 * @param merchantBaseUrl the base URL of the merchant (Kasir) that notifications are sent to
 * @param controlFromLoopbackOnly the control endpoints (order list, {@code _sandbox} actions, {@code _faults}) answer
 *                      only callers on this machine (default true); the pay pages are open either way
 */
@ConfigurationProperties("kasir.sandbox")
public record SandboxProperties(boolean enabled, String path, String publicBaseUrl, String merchantBaseUrl,
                                Boolean controlFromLoopbackOnly) {
    public SandboxProperties {
        controlFromLoopbackOnly = controlFromLoopbackOnly == null || controlFromLoopbackOnly;
        path = path == null || path.isBlank() ? "/sandbox" : path;
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:8080" + path : publicBaseUrl;
        merchantBaseUrl = merchantBaseUrl == null || merchantBaseUrl.isBlank() ? "http://localhost:8080" : merchantBaseUrl;
    }
}
