package id.kasir.adapters.persistence.operator;

import id.kasir.application.operator.PaymentTotals;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's totals as one grouped query over a range of {@code created_at}, which the
 * {@code ix_payments_created} index serves: a day's rows are read, never the whole table.
 */
@Repository
public class MyBatisPaymentTotals implements PaymentTotals {

    private final PaymentTotalsMapper mapper;

    MyBatisPaymentTotals(PaymentTotalsMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Group> byGatewayAndStatus(Instant from, Instant to) {
        return mapper.byGatewayAndStatus(from, to).stream()
                .map(row -> new Group(GatewayId.of(row.gateway), PaymentStatus.valueOf(row.status), row.count,
                        Money.of(row.amount == null ? BigDecimal.ZERO : row.amount, Currency.getInstance(row.currency))))
                .toList();
    }
}
