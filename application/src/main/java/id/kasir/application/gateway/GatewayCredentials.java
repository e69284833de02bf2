package id.kasir.application.gateway;

import java.util.List;
import java.util.Objects;

/**
 * What an enabled gateway adapter is configured with, as far as "no sandbox secret outside the sandbox"
 * needs to know: where it sends its calls and, for each credential, whether it is the sandbox's published
 * one (the value shipped in Kasir's repository, for the in-process sandbox only). Each gateway module
 * contributes one; {@link SandboxCredentialsRule} judges them all at start-up.
 *
 * @param gateway         the gateway's id, e.g. {@code cashin}
 * @param baseUrlProperty the property that sets {@code baseUrl}, e.g. {@code kasir.providers.cashin.base-url}
 * @param baseUrl         where the adapter calls the gateway, as configured
 * @param credentials     every key, secret, key pair and merchant identifier the gateway needs
 */
public record GatewayCredentials(String gateway, String baseUrlProperty, String baseUrl, List<Credential> credentials) {

    public GatewayCredentials {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(baseUrlProperty, "baseUrlProperty");
        Objects.requireNonNull(baseUrl, "baseUrl");
        credentials = List.copyOf(credentials);
    }

    /**
     * @param property the property that sets it, e.g. {@code kasir.providers.cashin.private-key}
     * @param kind     a secret (key, secret, key pair) or an identifier (merchant id, client id)
     * @param source   the operator's own value, the sandbox's published one (left at the default or set to
     *                 it), or missing (set to nothing where something is needed)
     */
    public record Credential(String property, Kind kind, Source source) {
        public Credential {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(source, "source");
        }

        public static Credential secret(String property, Source source) {
            return new Credential(property, Kind.SECRET, source);
        }

        public static Credential identifier(String property, Source source) {
            return new Credential(property, Kind.IDENTIFIER, source);
        }
    }

    /** Where a credential's value comes from. */
    public enum Source {
        OWN, SANDBOX, MISSING;

        /** {@code MISSING} for a blank value, {@code SANDBOX} when it equals the sandbox's, else {@code OWN}. */
        public static Source of(String value, String sandboxValue) {
            if (value == null || value.isBlank()) {
                return MISSING;
            }
            return value.trim().equals(sandboxValue) ? SANDBOX : OWN;
        }
    }

    /**
     * A secret lets whoever has it sign or authenticate as one side; the sandbox's are public, so they
     * are refused anywhere but the sandbox. An identifier is not secret, but production must not run
     * on the sandbox's either: it would be someone else's merchant, or nobody's.
     */
    public enum Kind { SECRET, IDENTIFIER }
}
