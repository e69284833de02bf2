package id.kasir.adapters.persistence.merchant;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code idempotency_keys}; the statements are in IdempotencyKeyMapper.xml. */
@Mapper
interface IdempotencyKeyMapper {

    /** A key this API key stored before violates the primary key (api_key_id, key_hash). */
    void insert(IdempotencyKeyRow row);

    IdempotencyKeyRow byKey(@Param("apiKeyId") long apiKeyId, @Param("keyHash") String keyHash);

    int attach(@Param("apiKeyId") long apiKeyId, @Param("keyHash") String keyHash, @Param("paymentId") String paymentId);

    int release(@Param("apiKeyId") long apiKeyId, @Param("keyHash") String keyHash,
                @Param("fingerprint") String fingerprint);

    int deleteStoredBefore(@Param("cutoff") Instant cutoff, @Param("limit") int limit);
}
