package id.kasir.adapters.persistence.payout;

import java.math.BigDecimal;

/** One group of the payouts' totals: a status, how many, how much (in one currency). */
class PayoutTotalRow {
    String status;
    String currency;
    long count;
    BigDecimal amount;
}
