package id.kasir.adapters.persistence.payout;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code payouts} and {@code payout_events}; the statements are in PayoutMapper.xml. */
@Mapper
interface PayoutMapper {

    int insert(PayoutRow row);

    /** Updates the mutable columns when the stored version is still {@code row.version}; returns rows changed. */
    int update(PayoutRow row);

    PayoutRow byId(@Param("id") String id);

    PayoutRow byReference(@Param("reference") String reference);

    List<PayoutRow> inFlight(@Param("statuses") List<String> inFlightStatuses, @Param("afterId") String afterId,
                             @Param("limit") int limit);

    void insertEvent(PayoutEventRow event);

    List<PayoutEventRow> events(@Param("payoutId") String payoutId);
}
