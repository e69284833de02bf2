package id.kasir.adapters.persistence.refund;

import id.kasir.adapters.persistence.mybatis.ColumnText;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.refund.Refund;
import id.kasir.domain.refund.Refunds;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Refunds to make by hand, on MyBatis; "done" is set once, by a conditional update. */
@Repository
public class MyBatisRefunds implements Refunds {

    private final RefundMapper mapper;

    MyBatisRefunds(RefundMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Refund open(PaymentId paymentId, long exceptionId, Money amount, String reason, String requestedBy,
                       Instant at) {
        RefundRow row = RefundRow.opened(paymentId, exceptionId, amount, reason, requestedBy, at);
        mapper.insert(row);
        return row.toRefund();
    }

    @Override
    public boolean markDone(long id, String by, String note, Instant at) {
        return mapper.markDone(id, ColumnText.fit(by, 64), ColumnText.fit(note, 2048), at) == 1;
    }

    @Override
    public Optional<Refund> byId(long id) {
        return Optional.ofNullable(mapper.byId(id)).map(RefundRow::toRefund);
    }

    @Override
    public List<Refund> byPayment(PaymentId paymentId) {
        return mapper.byPayment(paymentId.value()).stream().map(RefundRow::toRefund).toList();
    }

    @Override
    public List<Refund> byException(long exceptionId) {
        return mapper.byException(exceptionId).stream().map(RefundRow::toRefund).toList();
    }

    @Override
    public List<Refund> notDone(int limit) {
        return mapper.notDone(limit).stream().map(RefundRow::toRefund).toList();
    }
}
