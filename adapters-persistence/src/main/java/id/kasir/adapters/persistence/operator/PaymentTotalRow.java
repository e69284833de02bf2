package id.kasir.adapters.persistence.operator;

import java.math.BigDecimal;

/** One group of the dashboard's totals. */
class PaymentTotalRow {
    String gateway;
    String status;
    String currency;
    long count;
    BigDecimal amount;
}
