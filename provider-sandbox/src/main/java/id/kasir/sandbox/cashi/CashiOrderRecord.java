package id.kasir.sandbox.cashi;

import java.time.Instant;
import java.util.List;

/**
 * A Cashi order as the sandbox keeps it across restarts (JSON in its store). Amounts in whole rupiah;
 * {@code status} is the one last set, so a PENDING order past {@code expiresAt} still reads as EXPIRED.
 */
record CashiOrderRecord(String orderId, long requestedAmount, int uniqueCode, Instant createdAt, Instant expiresAt,
                        String qrContent, String checkoutUrl, CashiStatus status, Long paidAmount, String providerTxId,
                        Instant settledAt, Instant closedAt, List<CashiNotificationAttempt> notifications) {
}
