package id.kasir.adapters.cashin;

import id.kasir.application.gateway.GatewayCredentials;
import id.kasir.application.gateway.GatewayCredentials.Credential;
import id.kasir.application.gateway.GatewayCredentials.Source;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ResourceLoader;

/**
 * Which of Cash In's configured credentials are the sandbox's published ones. Keys are recognised by
 * their RSA modulus, whatever form they are given in (PEM text, a file, a classpath location, either key
 * of a pair): the fingerprint is the SHA-256 of the modulus as unsigned big-endian bytes, the same as
 * {@code openssl rsa -pubin -in <public.pem> -noout -modulus | cut -d= -f2 | xxd -r -p | sha256sum}.
 */
final class CashInSandboxCredentials {

    /** The sandbox's two key pairs ({@code provider-sandbox/src/main/resources/sandbox-keys}): Cash In's and the merchant's. */
    static final Set<String> SANDBOX_KEY_FINGERPRINTS = Set.of(
            "d9b0cb0f05570d0ea7f8ebe4bdb99b1e626f1a7b52ab349017b84c6abcd2ed6a",
            "eb3b036d11993a2276ffea762483884b5c72e1880124b26fb333c3dd343560f7");

    private CashInSandboxCredentials() {
    }

    /** Cash In's credentials for the start-up check: the two keys and the HMAC secret, and the three identifiers. */
    static GatewayCredentials of(CashInProperties properties, ResourceLoader resources) {
        CashInProperties sandbox = CashInProperties.sandboxDefaults();
        String prefix = "kasir.providers.cashin.";
        return new GatewayCredentials("cashin", prefix + "base-url", properties.baseUrl(), List.of(
                Credential.secret(prefix + "secret-key", Source.of(properties.secretKey(), sandbox.secretKey())),
                Credential.secret(prefix + "private-key", keySource(CashInKeys.privateKey(
                        CashInAutoConfiguration.pem(properties.privateKey(), resources, "private-key"), prefix + "private-key"))),
                Credential.secret(prefix + "gateway-public-key", keySource(CashInKeys.publicKey(
                        CashInAutoConfiguration.pem(properties.gatewayPublicKey(), resources, "gateway-public-key"),
                        prefix + "gateway-public-key"))),
                Credential.identifier(prefix + "client-id", Source.of(properties.clientId(), sandbox.clientId())),
                Credential.identifier(prefix + "partner-id", Source.of(properties.partnerId(), sandbox.partnerId())),
                Credential.identifier(prefix + "merchant-id", Source.of(properties.merchantId(), sandbox.merchantId()))));
    }

    static Source keySource(java.security.Key key) {
        return key instanceof RSAKey rsa && SANDBOX_KEY_FINGERPRINTS.contains(fingerprint(rsa.getModulus()))
                ? Source.SANDBOX : Source.OWN;
    }

    static String fingerprint(BigInteger modulus) {
        byte[] bytes = modulus.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length); // the sign byte, not part of the modulus
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
