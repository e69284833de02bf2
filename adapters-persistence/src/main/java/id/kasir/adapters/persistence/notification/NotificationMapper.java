package id.kasir.adapters.persistence.notification;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code gateway_notifications}; the statements are in NotificationMapper.xml. */
@Mapper
interface NotificationMapper {

    /** Sets {@code row.id}; a second first arrival of the same key violates the unique key. */
    void insert(NotificationRow row);

    int markOutcome(@Param("id") long id, @Param("outcome") String outcome, @Param("paymentId") String paymentId,
                    @Param("detail") String detail, @Param("processedAt") Instant processedAt);

    /** Takes the claim over when the row is still RECEIVED and its claim lapsed by {@code now}; 1 = won. */
    int takeOver(@Param("id") long id, @Param("now") Instant now, @Param("claimUntil") Instant claimUntil);

    int claimsOf(@Param("id") long id);

    /** Records the outcome only while {@code claim} is the latest claim and the row is RECEIVED; 1 = recorded. */
    int finish(@Param("id") long id, @Param("claim") int claim, @Param("outcome") String outcome,
               @Param("paymentId") String paymentId, @Param("detail") String detail,
               @Param("processedAt") Instant processedAt);

    int release(@Param("id") long id, @Param("claim") int claim, @Param("now") Instant now);

    List<NotificationRow> abandoned(@Param("now") Instant now, @Param("limit") int limit);

    NotificationRow byId(@Param("id") long id);

    NotificationRow firstArrival(@Param("gateway") String gateway, @Param("dedupKey") String dedupKey);

    List<NotificationRow> search(@Param("gateway") String gateway, @Param("outcome") String outcome,
                                 @Param("paymentId") String paymentId, @Param("beforeId") Long beforeId,
                                 @Param("limit") int limit);
}
