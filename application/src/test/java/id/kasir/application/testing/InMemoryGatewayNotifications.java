package id.kasir.application.testing;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.notification.InboundNotification;
import id.kasir.domain.notification.NotificationClaim;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.NotificationSearch;
import id.kasir.domain.notification.StoredNotification;
import id.kasir.domain.payment.PaymentId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The notification inbox in memory: every arrival kept, the first of each dedup key marked, claims
 * taken and fenced as the database does (each method is atomic: synchronized).
 */
public final class InMemoryGatewayNotifications implements GatewayNotifications {

    private final List<StoredNotification> stored = new ArrayList<>();
    private final Set<String> firstKeys = new HashSet<>();
    private final Map<Long, Integer> claims = new HashMap<>();

    @Override
    public synchronized StoredNotification store(InboundNotification n) {
        return insert(n, null);
    }

    @Override
    public synchronized StoredNotification storeClaimed(InboundNotification n, Instant claimUntil) {
        return insert(n, claimUntil);
    }

    private StoredNotification insert(InboundNotification n, Instant claimUntil) {
        boolean duplicate = !firstKeys.add(n.gateway() + "|" + n.dedupKey());
        StoredNotification s = new StoredNotification(stored.size() + 1L, n,
                duplicate ? NotificationOutcome.DUPLICATE : NotificationOutcome.RECEIVED, null, null, duplicate,
                duplicate ? null : claimUntil);
        stored.add(s);
        claims.put(s.id(), duplicate || claimUntil == null ? 0 : 1);
        return s;
    }

    @Override
    public synchronized Optional<NotificationClaim> takeOver(long id, Instant now, Instant claimUntil) {
        StoredNotification s = stored.get((int) id - 1);
        if (!s.abandonedAt(now)) {
            return Optional.empty();
        }
        int number = claims.merge(id, 1, Integer::sum);
        replace(new StoredNotification(id, s.notification(), s.outcome(), s.paymentId(), s.detail(), false, claimUntil));
        return Optional.of(new NotificationClaim(id, number, claimUntil));
    }

    @Override
    public synchronized boolean finish(NotificationClaim claim, NotificationOutcome outcome, PaymentId paymentId,
                                       String detail) {
        StoredNotification s = stored.get((int) claim.notificationId() - 1);
        if (claims.get(s.id()) != claim.number() || s.outcome() != NotificationOutcome.RECEIVED) {
            return false;
        }
        replace(new StoredNotification(s.id(), s.notification(), outcome, paymentId, detail, false, null));
        return true;
    }

    @Override
    public synchronized void release(NotificationClaim claim, Instant now) {
        StoredNotification s = stored.get((int) claim.notificationId() - 1);
        if (claims.get(s.id()) == claim.number() && s.outcome() == NotificationOutcome.RECEIVED) {
            replace(new StoredNotification(s.id(), s.notification(), s.outcome(), null, null, false, now));
        }
    }

    @Override
    public synchronized List<StoredNotification> abandoned(Instant now, int limit) {
        return stored.stream().filter(s -> s.claimedUntil() != null && s.abandonedAt(now)).limit(limit).toList();
    }

    /** How many claims were taken on a notification (1 = only its own; more = takeovers). */
    public synchronized int claimsOn(long id) {
        return claims.get(id);
    }

    @Override
    public synchronized void markOutcome(long id, NotificationOutcome outcome, PaymentId paymentId, String detail) {
        StoredNotification s = stored.get((int) id - 1);
        replace(new StoredNotification(id, s.notification(), outcome, paymentId, detail, s.duplicate(), s.claimedUntil()));
    }

    private void replace(StoredNotification s) {
        stored.set((int) s.id() - 1, s);
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
