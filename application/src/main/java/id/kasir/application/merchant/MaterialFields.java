package id.kasir.application.merchant;

import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.Payment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fields that make two payment requests "the same request", named as the merchant API names them,
 * read either from a request or from the payment an earlier request made. Comparing them tells the
 * merchant exactly which fields differ.
 */
final class MaterialFields {

    private MaterialFields() {
    }

    static List<List<String>> of(MerchantPaymentRequest r) {
        return fields(r.orderId(), r.gateway().value(), r.method().name(), r.amount(), r.customer(),
                r.successUrl(), r.cancelUrl(), r.description(), r.expiresInMinutes());
    }

    static List<List<String>> of(Payment p) {
        // The payment keeps the expiry as an instant; its distance from creation, to the nearest minute,
        // is the expiresInMinutes that was asked (the two instants are taken a few milliseconds apart).
        long seconds = Duration.between(p.createdAt(), p.expiresAt()).toSeconds();
        int minutes = (int) Math.round(seconds / 60.0);
        return fields(p.orderId(), p.gateway().value(), p.method().name(), p.amount(), p.customer(),
                p.successUrl().orElse(null), p.cancelUrl().orElse(null), p.description().orElse(null), minutes);
    }

    /** The names of the fields whose values differ; orderId only when {@code includeOrderId}. */
    static List<String> differences(MerchantPaymentRequest request, Payment payment, boolean includeOrderId) {
        List<List<String>> asked = of(request);
        List<List<String>> stored = of(payment);
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            String name = asked.get(i).get(0);
            if (!includeOrderId && name.equals("orderId")) {
                continue;
            }
            if (!Objects.equals(asked.get(i).get(1), stored.get(i).get(1))) {
                differ.add(name);
            }
        }
        return differ;
    }

    private static List<List<String>> fields(String orderId, String provider, String method, Money amount,
                                             Customer customer, String successUrl, String cancelUrl,
                                             String description, int expiresInMinutes) {
        return List.of(
                field("orderId", orderId),
                field("provider", provider),
                field("method", method),
                field("amount", amount.amount().stripTrailingZeros().toPlainString()),
                field("currency", amount.currency().getCurrencyCode()),
                field("customer.id", customer.id()),
                field("customer.phone", customer.phone()),
                field("customer.name", customer.name()),
                field("customer.email", customer.email()),
                field("successUrl", successUrl),
                field("cancelUrl", cancelUrl),
                field("description", description),
                field("expiresInMinutes", String.valueOf(expiresInMinutes)));
    }

    private static List<String> field(String name, String value) {
        return java.util.Arrays.asList(name, value);
    }
}
