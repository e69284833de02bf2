package id.kasir.web.admin.payments;

import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentTotal;
import id.kasir.domain.payment.Payments;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The line above a filtered payments list: how many payments match (all pages), their amounts to pay added up
 * (per currency: rupiah only in practice), and the same per status.
 *
 * @param count      payments matching the filters
 * @param amounts    their amounts to pay, one per currency
 * @param byStatus   the store's lines, one per status and currency, in status order
 * @param capped     true when the count reached {@link Payments#TOTALS_WINDOW}: more may match, and the figures are
 *                   those of the newest {@code TOTALS_WINDOW} (shown as "10,000+")
 */
public record PaymentListTotals(long count, List<Money> amounts, List<PaymentTotal> byStatus, boolean capped) {

    static PaymentListTotals of(List<PaymentTotal> totals) {
        Map<Currency, Money> sums = new LinkedHashMap<>();
        long count = 0;
        for (PaymentTotal total : totals) {
            count += total.count();
            sums.merge(total.amountToPay().currency(), total.amountToPay(), Money::plus);
        }
        return new PaymentListTotals(count, new ArrayList<>(sums.values()), List.copyOf(totals),
                count >= Payments.TOTALS_WINDOW);
    }
}
