package id.kasir.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * What every simulated gateway shows on the sandbox's index page: its orders, and the public key the
 * merchant needs to verify its notifications (where it signs with one).
 */
public interface SimulatedGateway {

    /** {@code cashin}, {@code cashi} or {@code payin}. */
    String name();

    /** Newest first, at most {@code limit}. */
    List<OrderView> orders(int limit);

    /** The gateway's own public key as X.509 PEM, or {@code null} if it does not sign with a key pair. */
    default String publicKeyPem() {
        return null;
    }

    /**
     * One order as the index page lists it; {@code payPageUrl} opens the page where a person pays;
     * {@code expiresAt} is the gateway's own expiry of the order (for Cashi, its QR's life).
     */
    record OrderView(String gatewayReference, String merchantReference, String amount, String status,
                     String payPageUrl, Instant createdAt, Instant expiresAt) {
    }
}
