package id.kasir.domain.payout;

import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Everything a payout holds, as one value: what the repository stores and restores. The rules live in
 * {@link Payout}; this is only its data.
 *
 * @param reference          the requester's own reference (unique)
 * @param partnerReferenceNo our reference at the gateway (unique, the same on every transfer attempt)
 * @param approvalsRequired  1, or 2 above the second-approver threshold
 * @param transferAttempts   how many times the transfer was sent (more than 1 only after "not found")
 * @param sendDay            the business day (Asia/Jakarta by default) of the first send: the daily limit's day
 * @param notFoundAt         when the last status query said "not found", if it did since the last send
 * @param nextCheckAt        when the transfer's status is next to be asked (PROCESSING only)
 * @param idempotencyKeyHash SHA-256 of the merchant's Idempotency-Key, when one came with the request
 * @param requestFingerprint SHA-256 of the request's material fields, to tell a repeat from a conflict
 */
public record PayoutState(
        PayoutId id,
        String reference,
        String partnerReferenceNo,
        GatewayId gateway,
        Beneficiary beneficiary,
        Money amount,
        Actor maker,
        int approvalsRequired,
        Actor firstApprover,
        Actor secondApprover,
        Actor rejectedBy,
        Actor nameMismatchAcknowledgedBy,
        PayoutStatus status,
        String statusReason,
        String gatewayReference,
        int transferAttempts,
        Instant firstSentAt,
        Instant lastSentAt,
        LocalDate sendDay,
        Instant notFoundAt,
        Instant nextCheckAt,
        int statusChecks,
        Instant settledAt,
        String idempotencyKeyHash,
        String requestFingerprint,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
