package id.kasir.sandbox.cashi;

import java.time.Instant;
import java.util.List;

/**
 * A consistent snapshot of one order.
 *
 * @param reportedAmount what check-status and the webhook call {@code amount}: the amount to pay, or once
 *                       settled the amount actually received (they differ only under WRONG_PAID_AMOUNT or an
 *                       explicit paid amount)
 */
public record CashiOrderView(String orderId, long requestedAmount, int uniqueCode, long amountToPay, CashiStatus status,
                             long reportedAmount, Long paidAmount, String providerTxId, Instant createdAt,
                             Instant expiresAt, Instant settledAt, Instant closedAt, String checkoutUrl,
                             String qrContent, List<CashiNotificationAttempt> notifications) {
}
