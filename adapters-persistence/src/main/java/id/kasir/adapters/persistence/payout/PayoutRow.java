package id.kasir.adapters.persistence.payout;

import id.kasir.adapters.persistence.mybatis.ColumnText;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.Beneficiary;
import id.kasir.domain.payout.EwalletChannel;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.PayoutState;
import id.kasir.domain.payout.PayoutStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/** One row of {@code payouts}, as MyBatis reads and writes it. Actors are stored as {@code KIND:name}. */
class PayoutRow {
    String id;
    String reference;
    String partnerReferenceNo;
    String gateway;
    String channel;
    String customerNumber;
    String confirmedName;
    String expectedName;
    String currency;
    BigDecimal amount;
    String maker;
    int approvalsRequired;
    String firstApprover;
    String secondApprover;
    String rejectedBy;
    String nameMismatchAcknowledgedBy;
    String status;
    String statusReason;
    String gatewayReference;
    int transferAttempts;
    Instant firstSentAt;
    Instant lastSentAt;
    LocalDate sendDay;
    Instant notFoundAt;
    Instant nextCheckAt;
    int statusChecks;
    Instant settledAt;
    String idempotencyKeyHash;
    String requestFingerprint;
    Instant createdAt;
    Instant updatedAt;
    long version;

    static PayoutRow of(Payout payout) {
        PayoutState s = payout.state();
        PayoutRow row = new PayoutRow();
        row.id = s.id().value();
        row.reference = s.reference();
        row.partnerReferenceNo = s.partnerReferenceNo();
        row.gateway = s.gateway().value();
        row.channel = s.beneficiary().channel().name();
        row.customerNumber = s.beneficiary().customerNumber();
        row.confirmedName = s.beneficiary().confirmedName();
        row.expectedName = s.beneficiary().expectedName();
        row.currency = s.amount().currency().getCurrencyCode();
        row.amount = s.amount().amount();
        row.maker = actor(s.maker());
        row.approvalsRequired = s.approvalsRequired();
        row.firstApprover = actor(s.firstApprover());
        row.secondApprover = actor(s.secondApprover());
        row.rejectedBy = actor(s.rejectedBy());
        row.nameMismatchAcknowledgedBy = actor(s.nameMismatchAcknowledgedBy());
        row.status = s.status().name();
        row.statusReason = ColumnText.fit(s.statusReason(), 1024);
        row.gatewayReference = s.gatewayReference();
        row.transferAttempts = s.transferAttempts();
        row.firstSentAt = s.firstSentAt();
        row.lastSentAt = s.lastSentAt();
        row.sendDay = s.sendDay();
        row.notFoundAt = s.notFoundAt();
        row.nextCheckAt = s.nextCheckAt();
        row.statusChecks = s.statusChecks();
        row.settledAt = s.settledAt();
        row.idempotencyKeyHash = s.idempotencyKeyHash();
        row.requestFingerprint = s.requestFingerprint();
        row.createdAt = s.createdAt();
        row.updatedAt = s.updatedAt();
        row.version = s.version();
        return row;
    }

    Payout toPayout() {
        return Payout.restore(new PayoutState(new PayoutId(id), reference, partnerReferenceNo, GatewayId.of(gateway),
                new Beneficiary(EwalletChannel.valueOf(channel), customerNumber, confirmedName, expectedName),
                Money.of(amount, Currency.getInstance(currency)), Actor.parse(maker), approvalsRequired,
                parse(firstApprover), parse(secondApprover), parse(rejectedBy), parse(nameMismatchAcknowledgedBy),
                PayoutStatus.valueOf(status), statusReason, gatewayReference, transferAttempts, firstSentAt,
                lastSentAt, sendDay, notFoundAt, nextCheckAt, statusChecks, settledAt, idempotencyKeyHash,
                requestFingerprint, createdAt, updatedAt, version));
    }

    private static String actor(Actor actor) {
        return actor == null ? null : actor.asText();
    }

    private static Actor parse(String text) {
        return text == null ? null : Actor.parse(text);
    }
}
