package id.kasir.adapters.persistence.notification;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.notification.InboundNotification;
import id.kasir.domain.notification.NotificationClaim;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.NotificationSearch;
import id.kasir.domain.notification.StoredNotification;
import id.kasir.domain.payment.PaymentId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * The notification inbox on MyBatis. Whether an arrival is the first of its dedup key is decided by
 * the unique key on (gateway, first_key), so two nodes receiving the same notification at the same
 * moment cannot both take it for the first: the loser's insert fails, and it is stored again as a
 * duplicate (first_key NULL). On MySQL and H2 a failed insert leaves the surrounding transaction
 * usable, so this works inside the caller's transaction too — but where copies arrive at once, store
 * outside one: on MySQL/MariaDB the failed insert leaves a shared next-key lock on the first arrival's key
 * until commit, the copy's own row must go into the gap that lock covers, and two copies in open
 * transactions deadlock each other. Claims (who acts on a first arrival) are
 * columns of the same row: taken by the insert, taken over and fenced by conditional UPDATEs.
 */
@Repository
public class MyBatisGatewayNotifications implements GatewayNotifications {

    private final NotificationMapper mapper;
    private final Clock clock;

    MyBatisGatewayNotifications(NotificationMapper mapper, ObjectProvider<Clock> clock) {
        this.mapper = mapper;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public StoredNotification store(InboundNotification notification) {
        return insert(NotificationRow.firstArrival(notification), notification);
    }

    /** The claim is a column of the first arrival's insert: no statement more than {@link #store}. */
    @Override
    public StoredNotification storeClaimed(InboundNotification notification, Instant claimUntil) {
        return insert(NotificationRow.firstArrival(notification).claimedUntil(claimUntil), notification);
    }

    private StoredNotification insert(NotificationRow row, InboundNotification notification) {
        try {
            mapper.insert(row);
        } catch (DuplicateKeyException e) {
            mapper.insert(row.asDuplicate());
        }
        return new StoredNotification(row.id, notification, NotificationOutcome.valueOf(row.outcome), null, null,
                row.isDuplicate(), row.claimedUntil);
    }

    /**
     * One conditional UPDATE decides; the winner then reads its claim's number. Call it in a transaction
     * so the row lock the UPDATE took covers that read.
     */
    @Override
    public Optional<NotificationClaim> takeOver(long id, Instant now, Instant claimUntil) {
        if (mapper.takeOver(id, now, claimUntil) != 1) {
            return Optional.empty();
        }
        return Optional.of(new NotificationClaim(id, mapper.claimsOf(id), claimUntil));
    }

    @Override
    public boolean finish(NotificationClaim claim, NotificationOutcome outcome, PaymentId paymentId, String detail) {
        return mapper.finish(claim.notificationId(), claim.number(), outcome.name(),
                paymentId == null ? null : paymentId.value(), detail, clock.instant()) == 1;
    }

    @Override
    public void release(NotificationClaim claim, Instant now) {
        mapper.release(claim.notificationId(), claim.number(), now);
    }

    @Override
    public List<StoredNotification> abandoned(Instant now, int limit) {
        return mapper.abandoned(now, limit).stream().map(NotificationRow::toStored).toList();
    }

    /** Also stamps when it was processed (the application's {@link Clock}, UTC when there is none). */
    @Override
    public void markOutcome(long id, NotificationOutcome outcome, PaymentId paymentId, String detail) {
        int changed = mapper.markOutcome(id, outcome.name(), paymentId == null ? null : paymentId.value(), detail,
                clock.instant());
        if (changed != 1) {
            throw new IllegalArgumentException("No stored notification " + id);
        }
    }

    @Override
    public Optional<StoredNotification> byId(long id) {
        return Optional.ofNullable(mapper.byId(id)).map(NotificationRow::toStored);
    }

    @Override
    public Optional<StoredNotification> firstArrival(GatewayId gateway, String dedupKey) {
        return Optional.ofNullable(mapper.firstArrival(gateway.value(), dedupKey)).map(NotificationRow::toStored);
    }

    /** Newest first; {@code beforeId} is the id of the last notification of the page before. */
    @Override
    public List<StoredNotification> search(NotificationSearch search) {
        return mapper.search(search.gateway() == null ? null : search.gateway().value(),
                        search.outcome() == null ? null : search.outcome().name(),
                        search.paymentId() == null ? null : search.paymentId().value(),
                        search.beforeId(), search.limit())
                .stream().map(NotificationRow::toStored).toList();
    }
}
