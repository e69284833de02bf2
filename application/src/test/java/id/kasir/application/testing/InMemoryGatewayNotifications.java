package id.kasir.application.testing;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.notification.InboundNotification;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.NotificationSearch;
import id.kasir.domain.notification.StoredNotification;
import id.kasir.domain.payment.PaymentId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The notification inbox in memory: every arrival kept, the first of each dedup key marked. */
public final class InMemoryGatewayNotifications implements GatewayNotifications {

    private final List<StoredNotification> stored = new ArrayList<>();
    private final Set<String> firstKeys = new HashSet<>();

    @Override
    public synchronized StoredNotification store(InboundNotification n) {
        boolean duplicate = !firstKeys.add(n.gateway() + "|" + n.dedupKey());
        StoredNotification s = new StoredNotification(stored.size() + 1L, n,
                duplicate ? NotificationOutcome.DUPLICATE : NotificationOutcome.RECEIVED, null, null, duplicate);
        stored.add(s);
        return s;
    }

    @Override
    public synchronized void markOutcome(long id, NotificationOutcome outcome, PaymentId paymentId, String detail) {
        StoredNotification s = stored.get((int) id - 1);
        stored.set((int) id - 1, new StoredNotification(id, s.notification(), outcome, paymentId, detail, s.duplicate()));
    }

    @Override
    public synchronized Optional<StoredNotification> byId(long id) {
        return id < 1 || id > stored.size() ? Optional.empty() : Optional.of(stored.get((int) id - 1));
    }

    @Override
    public synchronized Optional<StoredNotification> firstArrival(GatewayId gateway, String dedupKey) {
        return stored.stream().filter(s -> !s.duplicate() && s.notification().gateway().equals(gateway)
                && s.notification().dedupKey().equals(dedupKey)).findFirst();
    }

    @Override
    public synchronized List<StoredNotification> search(NotificationSearch search) {
        return stored.stream()
                .filter(s -> search.gateway() == null || s.notification().gateway().equals(search.gateway()))
                .filter(s -> search.outcome() == null || s.outcome() == search.outcome())
                .filter(s -> search.paymentId() == null || search.paymentId().equals(s.paymentId()))
                .sorted(Comparator.comparingLong(StoredNotification::id).reversed())
                .limit(search.limit()).toList();
    }

    public synchronized List<StoredNotification> all() {
        return List.copyOf(stored);
    }
}
