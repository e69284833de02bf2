package id.kasir.adapters.persistence.notification;

import id.kasir.application.notification.NotificationMessageIds.MessageId;
import id.kasir.application.notification.NotificationMessageIds.Seen;
import id.kasir.domain.gateway.GatewayId;
import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code notification_message_ids}, as MyBatis reads and writes it. */
class MessageIdRow {
    String gateway;
    String partnerId;
    LocalDate sentOn;
    String messageId;
    String contentSha256;
    String dedupKey;
    Instant seenAt;

    static MessageIdRow of(Seen seen) {
        MessageIdRow row = new MessageIdRow();
        row.gateway = seen.id().gateway().value();
        row.partnerId = seen.id().partner();
        row.sentOn = seen.id().day();
        row.messageId = seen.id().value();
        row.contentSha256 = seen.contentHash();
        row.dedupKey = seen.dedupKey();
        row.seenAt = seen.seenAt();
        return row;
    }

    Seen toSeen() {
        return new Seen(new MessageId(GatewayId.of(gateway), partnerId, sentOn, messageId), contentSha256, dedupKey, seenAt);
    }
}
