package id.kasir.adapters.persistence.operator;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The dashboard's grouped totals of {@code payments}; the statement is in PaymentTotalsMapper.xml. */
@Mapper
interface PaymentTotalsMapper {

    List<PaymentTotalRow> byGatewayAndStatus(@Param("from") Instant from, @Param("to") Instant to);
}
