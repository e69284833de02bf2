package id.kasir.adapters.persistence.notification;

import id.kasir.application.notification.NotificationMessageIds;
import id.kasir.domain.gateway.GatewayId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * {@link NotificationMessageIds} in table {@code notification_message_ids}: its unique key on (gateway,
 * partner, day, id) is what makes "seen before" true on every node at once.
 */
@Repository
public class MyBatisNotificationMessageIds implements NotificationMessageIds {

    private final MessageIdMapper mapper;

    MyBatisNotificationMessageIds(MessageIdMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean remember(Seen seen) {
        try {
            mapper.insert(MessageIdRow.of(seen));
            return true;
        } catch (DuplicateKeyException seenBefore) {
            return false;
        }
    }

    @Override
    public Optional<Seen> byId(MessageId id) {
        return Optional.ofNullable(mapper.byId(id.gateway().value(), id.partner(), id.day(), id.value()))
                .map(MessageIdRow::toSeen);
    }

    @Override
    public List<Seen> withContent(GatewayId gateway, String contentHash, int limit) {
        return mapper.withContent(gateway.value(), contentHash, limit).stream().map(MessageIdRow::toSeen).toList();
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        return mapper.deleteBefore(cutoff);
    }
}
