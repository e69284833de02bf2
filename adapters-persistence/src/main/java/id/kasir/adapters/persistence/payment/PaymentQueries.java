package id.kasir.adapters.persistence.payment;

import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentSearch;
import java.math.BigDecimal;

/** Turns the domain's search into column values; one row more than the page is fetched to see if another follows. */
final class PaymentQueries {
    private PaymentQueries() {
    }

    static PaymentQuery of(PaymentSearch s, PaymentCursor after) {
        String currency = currencyOf(s.minAmount(), s.maxAmount());
        return new PaymentQuery(
                s.gateway() == null ? null : s.gateway().value(),
                s.method() == null ? null : s.method().name(),
                s.status() == null ? null : s.status().name(),
                s.createdFrom(), s.createdTo(),
                currency, amountOf(s.minAmount()), amountOf(s.maxAmount()),
                blankToNull(s.orderId()), blankToNull(s.gatewayReference()), blankToNull(s.customerPhone()),
                after == null ? null : after.createdAt(), after == null ? null : after.id(),
                s.limit() + 1);
    }

    private static String currencyOf(Money min, Money max) {
        if (min != null && max != null && !min.currency().equals(max.currency())) {
            throw new IllegalArgumentException("minAmount and maxAmount must be in the same currency");
        }
        Money bound = min != null ? min : max;
        return bound == null ? null : bound.currency().getCurrencyCode();
    }

    private static BigDecimal amountOf(Money money) {
        return money == null ? null : money.amount();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
