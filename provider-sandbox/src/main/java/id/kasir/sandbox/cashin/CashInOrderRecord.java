package id.kasir.sandbox.cashin;

import java.time.Instant;
import java.util.List;

/** A Cash In order as the sandbox keeps it across restarts (JSON in its store); amounts in whole rupiah. */
record CashInOrderRecord(CashInOrder.Kind kind, String referenceNo, String merchantReference, String token, long amount,
                         Instant createdAt, Instant expiresAt, String externalId, String paymentChannel,
                         String successCallbackUrl, String cancelCallbackUrl, String qrContent, CashInOrder.State state,
                         long paidAmount, String paymentMethod, Instant paidAt, Instant finishedAt,
                         List<CashInOrder.Delivery> deliveries) {
}
