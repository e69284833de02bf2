package id.kasir.adapters.persistence.merchant;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code merchant_notifications}; the statements are in MerchantNotificationMapper.xml. */
@Mapper
interface MerchantNotificationMapper {

    void insert(MerchantNotificationRow row);

    /**
     * Locks (FOR UPDATE SKIP LOCKED) up to {@code limit} claimable rows no other transaction has locked;
     * on H2 only among the {@code window} oldest claimable ids (see the XML).
     */
    List<Long> lockClaimable(@Param("now") Instant now, @Param("limit") int limit, @Param("window") int window);

    /** Claims those of {@code ids} (locked by this transaction) that are still due and unclaimed. */
    int claim(@Param("ids") List<Long> ids, @Param("token") String token, @Param("now") Instant now,
              @Param("until") Instant until);

    List<MerchantNotificationRow> claimedBy(@Param("token") String token);

    int renewClaim(@Param("id") long id, @Param("token") String token, @Param("until") Instant until);

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
