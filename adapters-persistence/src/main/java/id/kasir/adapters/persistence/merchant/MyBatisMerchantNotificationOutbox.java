package id.kasir.adapters.persistence.merchant;

import id.kasir.adapters.persistence.mybatis.ColumnText;
import id.kasir.application.merchant.MerchantNotification;
import id.kasir.application.merchant.MerchantNotificationOutbox;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The merchant-notification outbox on MyBatis. Claiming is one short transaction (READ COMMITTED, so
 * InnoDB takes no gap locks that would hold up payments adding rows): lock up to {@code limit} claimable
 * rows with {@code SELECT … FOR UPDATE SKIP LOCKED} (MySQL 8, MariaDB 10.6+, H2 2.x), mark them
 * claimed, commit. Rows another node is claiming at that moment are locked by it and skipped, so two
 * nodes claiming at once get disjoint batches and neither waits nor comes back empty-handed.
 * H2 locks every row it sorts before applying LIMIT, so on H2 (MyBatis databaseId {@code h2}) the
 * locking select runs over a window of the oldest claimable ids without ORDER BY; see the mapper.
 * Outcomes and renewals are recorded only while the recorder still holds the claim.
 */
@Repository
public class MyBatisMerchantNotificationOutbox implements MerchantNotificationOutbox {

    /** On H2: how many of the oldest claimable ids the locking select looks through, per row wanted. */
    static final int H2_WINDOW_PER_ROW = 4;

    private final MerchantNotificationMapper mapper;
    private final TransactionTemplate claimTransaction;

    MyBatisMerchantNotificationOutbox(MerchantNotificationMapper mapper, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.claimTransaction = new TransactionTemplate(transactions);
        this.claimTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @Override
    public void add(NewNotification n) {
        MerchantNotificationRow row = new MerchantNotificationRow();
        row.eventId = n.eventId();
        row.type = n.type();
        row.subject = n.subject();
        row.payload = n.payload();
        row.status = MerchantNotification.Status.DUE.name();
        row.attempts = 0;
        row.nextAttemptAt = n.createdAt();
        row.createdAt = n.createdAt();
        mapper.insert(row);
    }

    @Override
    public List<MerchantNotification> claimDue(String claimToken, Instant now, Instant claimedUntil, int limit) {
        Boolean claimedAny = claimTransaction.execute(status -> {
            List<Long> locked = mapper.lockClaimable(now, limit, (int) Math.min(Integer.MAX_VALUE, (long) limit * H2_WINDOW_PER_ROW));
            return !locked.isEmpty() && mapper.claim(locked, claimToken, now, claimedUntil) > 0;
        });
        if (!Boolean.TRUE.equals(claimedAny)) {
            return List.of();
        }
        return mapper.claimedBy(claimToken).stream().map(MerchantNotificationRow::toNotification).toList();
    }

    @Override
    public boolean renewClaim(long id, String claimToken, Instant claimedUntil) {
        return mapper.renewClaim(id, claimToken, claimedUntil) == 1;
    }

    @Override
    public void markDelivered(long id, String claimToken, int attempts, Instant at) {
        mapper.markDelivered(id, claimToken, attempts, at);
    }

    @Override
    public void markRetry(long id, String claimToken, int attempts, Instant nextAttemptAt, String error) {
        mapper.markRetry(id, claimToken, attempts, nextAttemptAt, ColumnText.fit(error, 512));
    }

    @Override
    public void markDead(long id, String claimToken, int attempts, String error) {
        mapper.markDead(id, claimToken, attempts, ColumnText.fit(error, 512));
    }

    @Override
    public boolean newerDelivered(String subject, long id) {
        return mapper.newerDelivered(subject, id) > 0;
    }

    @Override
    public void markSuperseded(long id, String claimToken, String reason) {
        mapper.markSuperseded(id, claimToken, ColumnText.fit(reason, 512));
    }

    @Override
    public boolean resend(long id, Instant now) {
        return mapper.resend(id, now) == 1;
    }

    @Override
    public Optional<MerchantNotification> byId(long id) {
        return Optional.ofNullable(mapper.byId(id)).map(MerchantNotificationRow::toNotification);
    }

    @Override
    public List<MerchantNotification> recent(MerchantNotification.Status status, Long beforeId, int limit) {
        return mapper.recent(status == null ? null : status.name(), beforeId, limit).stream()
                .map(MerchantNotificationRow::toNotification).toList();
    }

    @Override
    public List<MerchantNotification> bySubject(String subject) {
        return mapper.bySubject(subject).stream().map(MerchantNotificationRow::toNotification).toList();
    }
}
