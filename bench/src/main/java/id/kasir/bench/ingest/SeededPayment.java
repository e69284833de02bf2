package id.kasir.bench.ingest;

import java.math.BigDecimal;

/**
 * A payment made before the measurement, as Kasir stored it: what a gateway's notification must name.
 *
 * @param id               Kasir's payment id
 * @param reference        the reference Kasir sent the gateway (the merchant's reference in the gateway's eyes)
 * @param gatewayReference the gateway's own id of the order (may be null)
 * @param amountToPay      what the customer pays, in rupiah (Cashi's includes its unique 1–99)
 */
record SeededPayment(String id, String reference, String gatewayReference, BigDecimal amountToPay) {
}
