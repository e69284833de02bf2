package id.kasir.sandbox.cashin;

import java.time.Instant;

/**
 * An e-wallet transfer as the sandbox keeps it across restarts; {@code state} is the one last set (a
 * PROCESSING transfer past {@code settleAt} still settles when next looked at). Amount in whole rupiah.
 */
record CashInTransferRecord(String partnerReferenceNo, String referenceNo, long amount, String customerNumber,
                            String customerName, String channel, Instant createdAt, Instant settleAt,
                            CashInTransfer.State state) {
}
