package id.kasir.adapters.persistence.merchant;

import id.kasir.adapters.persistence.mybatis.ColumnText;
import id.kasir.application.merchant.MerchantNotification;
import id.kasir.application.merchant.MerchantNotificationOutbox;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/**
 * The merchant-notification outbox on MyBatis. Claiming is one conditional UPDATE over the due
 * candidates: when two nodes pick the same candidates, the row lock makes the second re-check the
 * condition against the first's committed claim, so each row goes to one node. Outcomes are recorded
 * only while the recorder still holds the claim.
 */
@Repository
public class MyBatisMerchantNotificationOutbox implements MerchantNotificationOutbox {

    private final MerchantNotificationMapper mapper;

    MyBatisMerchantNotificationOutbox(MerchantNotificationMapper mapper) {
        this.mapper = mapper;
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
        List<Long> candidates = mapper.dueIds(now, limit);
        if (candidates.isEmpty()) {
            return List.of();
        }
        if (mapper.claim(candidates, claimToken, now, claimedUntil) == 0) {
            return List.of();
        }
        return mapper.claimedBy(claimToken).stream().map(MerchantNotificationRow::toNotification).toList();
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
