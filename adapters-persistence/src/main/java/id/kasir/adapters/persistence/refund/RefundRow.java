package id.kasir.adapters.persistence.refund;

import id.kasir.adapters.persistence.mybatis.ColumnText;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.refund.Refund;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** One row of {@code refunds}. */
class RefundRow {
    Long id;
    String paymentId;
    long exceptionId;
    String currency;
    BigDecimal amount;
    String reason;
    String requestedBy;
    Instant requestedAt;
    String doneBy;
    Instant doneAt;
    String doneNote;

    static RefundRow opened(PaymentId paymentId, long exceptionId, Money amount, String reason, String requestedBy,
                            Instant at) {
        RefundRow row = new RefundRow();
        row.paymentId = paymentId.value();
        row.exceptionId = exceptionId;
        row.currency = amount.currency().getCurrencyCode();
        row.amount = amount.amount();
        row.reason = ColumnText.fit(reason, 2048);
        row.requestedBy = ColumnText.fit(requestedBy, 64);
        row.requestedAt = at;
        return row;
    }

    Refund toRefund() {
        return new Refund(id, new PaymentId(paymentId), exceptionId, Money.of(amount, Currency.getInstance(currency)),
                reason, requestedBy, requestedAt, doneBy, doneAt, doneNote);
    }
}
