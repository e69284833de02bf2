package id.kasir.application.testing;

import id.kasir.application.merchant.MerchantNotification;
import id.kasir.application.merchant.MerchantNotificationOutbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The merchant-notification outbox in memory, with the same claim rules as the database. */
public final class InMemoryMerchantNotificationOutbox implements MerchantNotificationOutbox {

    private record Row(MerchantNotification notification, String claimToken, Instant claimedUntil) {
    }

    private final List<Row> rows = new ArrayList<>();

    @Override
    public synchronized void add(NewNotification n) {
        rows.add(new Row(new MerchantNotification(rows.size() + 1L, n.eventId(), n.type(), n.subject(), n.payload(),
                MerchantNotification.Status.DUE, 0, n.createdAt(), n.createdAt(), null, null), null, null));
    }

    @Override
    public synchronized List<MerchantNotification> claimDue(String claimToken, Instant now, Instant claimedUntil, int limit) {
        List<MerchantNotification> claimed = new ArrayList<>();
        // In the order the database claims them: the row due first, then by id.
        List<Row> byDueTime = rows.stream().sorted(Comparator.comparing((Row r) -> r.notification().nextAttemptAt())
                .thenComparingLong(r -> r.notification().id())).toList();
        for (Row row : byDueTime) {
            MerchantNotification n = row.notification();
            boolean free = row.claimedUntil() == null || row.claimedUntil().isBefore(now);
            if (claimed.size() < limit && n.status() == MerchantNotification.Status.DUE
                    && !n.nextAttemptAt().isAfter(now) && free) {
                rows.set((int) n.id() - 1, new Row(n, claimToken, claimedUntil));
                claimed.add(n);
            }
        }
        return claimed;
    }

    @Override
    public synchronized boolean renewClaim(long id, String claimToken, Instant claimedUntil) {
        Row row = rows.get((int) id - 1);
        if (!claimToken.equals(row.claimToken()) || row.notification().status() != MerchantNotification.Status.DUE) {
            return false;
        }
        rows.set((int) id - 1, new Row(row.notification(), claimToken, claimedUntil));
        return true;
    }

    @Override
    public synchronized void markDelivered(long id, String claimToken, int attempts, Instant at) {
        update(id, claimToken, n -> with(n, MerchantNotification.Status.DELIVERED, attempts, n.nextAttemptAt(), at,
                n.lastError()));
    }

    @Override
    public synchronized void markRetry(long id, String claimToken, int attempts, Instant nextAttemptAt, String error) {
        update(id, claimToken, n -> with(n, MerchantNotification.Status.DUE, attempts, nextAttemptAt, null, error));
    }

    @Override
    public synchronized void markDead(long id, String claimToken, int attempts, String error) {
        update(id, claimToken, n -> with(n, MerchantNotification.Status.DEAD, attempts, n.nextAttemptAt(), null, error));
    }

    @Override
    public synchronized boolean newerDelivered(String subject, long id) {
        return rows.stream().map(Row::notification).anyMatch(n -> n.id() > id && Objects.equals(n.subject(), subject)
                && n.status() == MerchantNotification.Status.DELIVERED);
    }

    @Override
    public synchronized void markSuperseded(long id, String claimToken, String reason) {
        update(id, claimToken, n -> with(n, MerchantNotification.Status.SUPERSEDED, n.attempts(), n.nextAttemptAt(),
                null, reason));
    }

    @Override
    public synchronized boolean resend(long id, Instant now) {
        Optional<MerchantNotification> found = byId(id);
        if (found.isEmpty() || found.get().status() == MerchantNotification.Status.DUE) {
            return false;
        }
        MerchantNotification n = found.get();
        rows.set((int) id - 1, new Row(with(n, MerchantNotification.Status.DUE, 0, now, n.deliveredAt(), n.lastError()),
                null, null));
        return true;
    }

    @Override
    public synchronized Optional<MerchantNotification> byId(long id) {
        return id < 1 || id > rows.size() ? Optional.empty() : Optional.of(rows.get((int) id - 1).notification());
    }

    @Override
    public synchronized List<MerchantNotification> recent(MerchantNotification.Status status, Long beforeId, int limit) {
        return rows.stream().map(Row::notification)
                .filter(n -> status == null || n.status() == status)
                .filter(n -> beforeId == null || n.id() < beforeId)
                .sorted(Comparator.comparingLong(MerchantNotification::id).reversed())
                .limit(limit).toList();
    }

    @Override
    public synchronized List<MerchantNotification> bySubject(String subject) {
        return rows.stream().map(Row::notification).filter(n -> Objects.equals(n.subject(), subject)).toList();
    }

    public synchronized List<MerchantNotification> all() {
        return rows.stream().map(Row::notification).toList();
    }

    private void update(long id, String claimToken, java.util.function.UnaryOperator<MerchantNotification> change) {
        Row row = rows.get((int) id - 1);
        if (!claimToken.equals(row.claimToken())) {
            return;
        }
        rows.set((int) id - 1, new Row(change.apply(row.notification()), null, null));
    }

    private static MerchantNotification with(MerchantNotification n, MerchantNotification.Status status, int attempts,
                                             Instant next, Instant deliveredAt, String error) {
        return new MerchantNotification(n.id(), n.eventId(), n.type(), n.subject(), n.payload(), status, attempts,
                next, n.createdAt(), deliveredAt, error);
    }
}
