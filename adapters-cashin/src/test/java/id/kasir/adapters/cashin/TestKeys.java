package id.kasir.adapters.cashin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * Throwaway RSA pairs made for these tests only (src/test/resources/test-keys):
 * <pre>
 * openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out merchant-private.pem
 * openssl pkey -in merchant-private.pem -pubout -out merchant-public.pem
 * openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out gateway-private.pem
 * openssl pkey -in gateway-private.pem -pubout -out gateway-public.pem
 * </pre>
 */
final class TestKeys {

    private TestKeys() {
    }

    static String pem(String name) {
        try (InputStream in = TestKeys.class.getResourceAsStream("/test-keys/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PrivateKey merchantPrivate() {
        return CashInKeys.privateKey(pem("merchant-private.pem"), "test");
    }

    static PublicKey merchantPublic() {
        return CashInKeys.publicKey(pem("merchant-public.pem"), "test");
    }

    static PrivateKey gatewayPrivate() {
        return CashInKeys.privateKey(pem("gateway-private.pem"), "test");
    }

    static PublicKey gatewayPublic() {
        return CashInKeys.publicKey(pem("gateway-public.pem"), "test");
    }
}
