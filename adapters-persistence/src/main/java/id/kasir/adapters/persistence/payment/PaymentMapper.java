package id.kasir.adapters.persistence.payment;

import id.kasir.domain.payment.PaymentLookup;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code payments} and {@code payment_events}; the statements are in PaymentMapper.xml. */
@Mapper
interface PaymentMapper {

    int insert(PaymentRow row);

    /** Updates the mutable columns when the stored version is still {@code row.version}; returns rows changed. */
    int update(PaymentRow row);

    PaymentRow byId(@Param("id") String id);

    PaymentRow byOrderId(@Param("orderId") String orderId);

    PaymentRow byReference(@Param("gateway") String gateway, @Param("reference") String reference);

    PaymentRow byGatewayReference(@Param("gateway") String gateway,
                                  @Param("gatewayReference") String gatewayReference);

    List<PaymentRow> search(@Param("q") PaymentQuery query);

    /** Only {@code id} and {@code orderId} are filled. */
    List<PaymentRow> orderIds(@Param("ids") List<String> ids);

    /** The totals of the newest {@code window} matches only (Payments.TOTALS_WINDOW). */
    List<PaymentTotalRow> totals(@Param("q") PaymentQuery query, @Param("window") int window);

    /** Newest first, at most {@code limit}: see PaymentMapper.xml's {@code find}. */
    List<PaymentRow> find(@Param("q") PaymentLookup lookup, @Param("limit") int limit);

    List<PaymentRow> overdue(@Param("statuses") List<String> inFlightStatuses, @Param("now") Instant now,
                             @Param("limit") int limit);

    List<PaymentRow> inFlight(@Param("statuses") List<String> inFlightStatuses,
                              @Param("createdBefore") Instant createdBefore, @Param("afterId") String afterId,
                              @Param("limit") int limit);

    void insertEvent(PaymentEventRow event);

    List<PaymentEventRow> events(@Param("paymentId") String paymentId);
}
