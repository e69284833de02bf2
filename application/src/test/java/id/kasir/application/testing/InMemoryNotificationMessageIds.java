package id.kasir.application.testing;

import id.kasir.application.notification.NotificationMessageIds;
import id.kasir.domain.gateway.GatewayId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link NotificationMessageIds} in a map, for tests above the persistence adapter. */
public final class InMemoryNotificationMessageIds implements NotificationMessageIds {

    private final Map<MessageId, Seen> seen = new ConcurrentHashMap<>();

    @Override
    public boolean remember(Seen id) {
        return seen.putIfAbsent(id.id(), id) == null;
    }

    @Override
    public Optional<Seen> byId(MessageId id) {
        return Optional.ofNullable(seen.get(id));
    }

    @Override
    public List<Seen> withContent(GatewayId gateway, String contentHash, int limit) {
        List<Seen> found = new ArrayList<>(seen.values().stream()
                .filter(s -> s.id().gateway().equals(gateway) && s.contentHash().equals(contentHash)).toList());
        found.sort(Comparator.comparing(Seen::seenAt));
        return found.subList(0, Math.min(limit, found.size()));
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        int before = seen.size();
        seen.values().removeIf(s -> s.seenAt().isBefore(cutoff));
        return before - seen.size();
    }
}
