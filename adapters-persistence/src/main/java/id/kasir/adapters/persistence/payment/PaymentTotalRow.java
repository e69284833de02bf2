package id.kasir.adapters.persistence.payment;

import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.PaymentTotal;
import java.math.BigDecimal;
import java.util.Currency;

/** One line of PaymentMapper.xml's {@code totals}: a status, a currency, how many, their amounts to pay summed. */
class PaymentTotalRow {
    String status;
    String currency;
    long payments;
    BigDecimal amountToPay;

    PaymentTotal toTotal() {
        return new PaymentTotal(PaymentStatus.valueOf(status), payments,
                Money.of(amountToPay, Currency.getInstance(currency)));
    }
}
