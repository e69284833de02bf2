package id.kasir.sandbox;

import java.util.Optional;

/**
 * Optional, provided by the host that mounts the sandbox: the merchant's own order id (e.g. {@code INV-1001})
 * behind the reference a gateway order was created with (the merchant reference the gateway knows, e.g.
 * Kasir's {@code KMX…}). A gateway never learns the merchant's order id, so only the host can say it; the
 * sandbox's index page shows it beside each order when a bean of this type exists, and a blank otherwise.
 */
@FunctionalInterface
public interface MerchantOrderIds {

    /**
     * @param gateway           {@code cashin}, {@code cashi} or {@code payin}
     * @param merchantReference the reference the merchant sent the gateway
     * @return the merchant's order id, or empty when the host knows no order by that reference
     */
    Optional<String> orderIdOf(String gateway, String merchantReference);
}
