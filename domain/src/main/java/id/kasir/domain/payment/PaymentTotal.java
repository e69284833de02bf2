package id.kasir.domain.payment;

import id.kasir.domain.money.Money;
import java.util.Objects;

/**
 * How many payments of one status (and currency) a filter matches, and their amounts to pay added up: the
 * amount the customer was asked to pay ({@code amount_to_pay}, which a gateway may round or add a unique code
 * to), not what was paid and not the merchant's requested amount.
 */
public record PaymentTotal(PaymentStatus status, long count, Money amountToPay) {
    public PaymentTotal {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amountToPay, "amountToPay");
    }
}
