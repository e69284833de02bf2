package id.kasir.adapters.persistence.payout;

import id.kasir.domain.payout.PayoutSearch;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code payouts}, {@code payout_events} and {@code payout_send_lock}; the statements are in PayoutMapper.xml. */
@Mapper
interface PayoutMapper {

    int insert(PayoutRow row);

    /** Updates the mutable columns when the stored version is still {@code row.version}; returns rows changed. */
    int update(PayoutRow row);

    PayoutRow byId(@Param("id") String id);

    PayoutRow byReference(@Param("reference") String reference);

    PayoutRow byIdempotencyKeyHash(@Param("keyHash") String keyHash);

    List<PayoutRow> search(@Param("q") PayoutSearch search, @Param("fetch") int fetch);

    List<PayoutTotalRow> totals(@Param("q") PayoutSearch filters);

    BigDecimal sentOn(@Param("sendDay") LocalDate sendDay, @Param("currency") String currency);

    /** Takes the one send lock row until the transaction ends. */
    Integer takeSendLock();

    /** The amounts {@link #sentOn} adds up, read with a locking read (the latest committed rows, whatever the snapshot). */
    List<BigDecimal> sentAmountsForUpdate(@Param("sendDay") LocalDate sendDay, @Param("currency") String currency);

    List<PayoutRow> processingSentBefore(@Param("sentBefore") Instant sentBefore, @Param("afterId") String afterId,
                                         @Param("limit") int limit);

    List<PayoutRow> dueForStatusCheck(@Param("now") Instant now, @Param("limit") int limit);

    List<PayoutRow> approvedUnsent(@Param("approvedBefore") Instant approvedBefore, @Param("limit") int limit);

    void insertEvent(PayoutEventRow event);

    List<PayoutEventRow> events(@Param("payoutId") String payoutId);
}
