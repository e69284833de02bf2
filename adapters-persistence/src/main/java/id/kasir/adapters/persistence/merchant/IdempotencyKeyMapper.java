package id.kasir.adapters.persistence.merchant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code idempotency_keys}; the statements are in IdempotencyKeyMapper.xml. */
@Mapper
interface IdempotencyKeyMapper {

    /** A key stored before violates the primary key. */
    void insert(IdempotencyKeyRow row);

    IdempotencyKeyRow byKeyHash(@Param("keyHash") String keyHash);

    int attach(@Param("keyHash") String keyHash, @Param("paymentId") String paymentId);

    int release(@Param("keyHash") String keyHash, @Param("fingerprint") String fingerprint);
}
