package id.kasir.adapters.persistence.merchant;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code merchant_notifications}; the statements are in MerchantNotificationMapper.xml. */
@Mapper
interface MerchantNotificationMapper {

    void insert(MerchantNotificationRow row);

    List<Long> dueIds(@Param("now") Instant now, @Param("limit") int limit);

    /** Claims those of {@code ids} that are still due and unclaimed when the update reaches them. */
    int claim(@Param("ids") List<Long> ids, @Param("token") String token, @Param("now") Instant now,
              @Param("until") Instant until);

    List<MerchantNotificationRow> claimedBy(@Param("token") String token);

    int markDelivered(@Param("id") long id, @Param("token") String token, @Param("attempts") int attempts,
                      @Param("at") Instant at);

    int markRetry(@Param("id") long id, @Param("token") String token, @Param("attempts") int attempts,
                  @Param("next") Instant next, @Param("error") String error);

    int markDead(@Param("id") long id, @Param("token") String token, @Param("attempts") int attempts,
                 @Param("error") String error);

    int newerDelivered(@Param("subject") String subject, @Param("id") long id);

    int markSuperseded(@Param("id") long id, @Param("token") String token, @Param("reason") String reason);

    int resend(@Param("id") long id, @Param("now") Instant now);

    MerchantNotificationRow byId(@Param("id") long id);

    List<MerchantNotificationRow> recent(@Param("status") String status, @Param("beforeId") Long beforeId,
                                         @Param("limit") int limit);

    List<MerchantNotificationRow> bySubject(@Param("subject") String subject);
}
