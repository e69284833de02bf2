package id.kasir.adapters.persistence.refund;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code refunds}; the statements are in RefundMapper.xml. */
@Mapper
interface RefundMapper {

    /** Sets {@code row.id}. */
    void insert(RefundRow row);

    /** 1 when marked, 0 when it does not exist or was done already. */
    int markDone(@Param("id") long id, @Param("by") String by, @Param("note") String note, @Param("at") Instant at);

    RefundRow byId(@Param("id") long id);

    List<RefundRow> byPayment(@Param("paymentId") String paymentId);

    List<RefundRow> byException(@Param("exceptionId") long exceptionId);

    List<RefundRow> notDone(@Param("limit") int limit);
}
