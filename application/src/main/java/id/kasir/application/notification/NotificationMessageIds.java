package id.kasir.application.notification;

import id.kasir.domain.gateway.GatewayId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The message ids gateways put on their notifications (SNAP's {@code X-EXTERNAL-ID}: unique per partner
 * per day), each with a hash of what its signature covers (port; a table with a unique key, so every node
 * sees every id the moment it is stored). {@link GuardAgainstReplays} decides with it.
 */
public interface NotificationMessageIds {

    /** SNAP's scope of uniqueness: the gateway, the partner id it was sent for, the sender's day, the id. */
    record MessageId(GatewayId gateway, String partner, LocalDate day, String value) {
        public MessageId {
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(value, "value");
            partner = partner == null ? "" : partner;
            if (partner.length() > 64 || value.length() > 100) {
                throw new IllegalArgumentException("partner is at most 64 characters, the id at most 100");
            }
        }
    }

    /**
     * @param contentHash lowercase hex SHA-256 of what the signature covers, apart from the path
     * @param dedupKey    the inbox key the notification is stored under
     */
    record Seen(MessageId id, String contentHash, String dedupKey, Instant seenAt) {
    }

    /** Stores it; false (and nothing stored) when this id was stored before. */
    boolean remember(Seen seen);

    Optional<Seen> byId(MessageId id);

    /** Ids of this gateway seen with this content (any partner, any day), oldest first, at most {@code limit}. */
    List<Seen> withContent(GatewayId gateway, String contentHash, int limit);

    /** Deletes ids seen before {@code cutoff}; returns how many. */
    int forgetBefore(Instant cutoff);
}
