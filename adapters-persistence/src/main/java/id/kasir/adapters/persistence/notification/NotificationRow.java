package id.kasir.adapters.persistence.notification;

import id.kasir.adapters.persistence.mybatis.ColumnText;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.notification.InboundNotification;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.StoredNotification;
import id.kasir.domain.notification.Verification;
import id.kasir.domain.payment.PaymentId;
import java.time.Instant;

/**
 * One row of {@code gateway_notifications}. {@code firstKey} is the dedup key on the first arrival and
 * null on the later ones. Descriptive fields are fitted to their columns: storing a notification
 * must not fail because a gateway sent an odd reference or a long forwarding chain.
 */
class NotificationRow {
    Long id;
    String gateway;
    String dedupKey;
    String firstKey;
    String reference;
    String verification;
    String headers;
    String body;
    String remoteAddress;
    Instant receivedAt;
    String outcome;
    String paymentId;
    String detail;
    Instant processedAt;
    /** When the claim to act on it lapses; null when never claimed (and on duplicates). */
    Instant claimedUntil;
    /** Claims taken on it so far: 1 by its own insert, one more per takeover; 0 when never claimed. */
    int claims;

    static NotificationRow firstArrival(InboundNotification n) {
        NotificationRow row = new NotificationRow();
        row.gateway = n.gateway().value();
        row.dedupKey = n.dedupKey();
        row.firstKey = n.dedupKey();
        row.reference = ColumnText.fit(n.reference(), 191);
        row.verification = n.verification().name();
        row.headers = n.headers();
        row.body = n.body();
        row.remoteAddress = ColumnText.fit(n.remoteAddress(), 255);
        row.receivedAt = n.receivedAt();
        row.outcome = NotificationOutcome.RECEIVED.name();
        return row;
    }

    /** The first arrival holding claim number 1 until {@code until} from the moment it is inserted. */
    NotificationRow claimedUntil(Instant until) {
        claimedUntil = until;
        claims = 1;
        return this;
    }

    NotificationRow asDuplicate() {
        firstKey = null;
        outcome = NotificationOutcome.DUPLICATE.name();
        claimedUntil = null;
        claims = 0;
        return this;
    }

    boolean isDuplicate() {
        return firstKey == null;
    }

    StoredNotification toStored() {
        InboundNotification notification = new InboundNotification(GatewayId.of(gateway), dedupKey, reference,
                Verification.valueOf(verification), headers, body, remoteAddress, receivedAt);
        return new StoredNotification(id, notification, NotificationOutcome.valueOf(outcome),
                paymentId == null ? null : new PaymentId(paymentId), detail, isDuplicate(), claimedUntil);
    }
}
