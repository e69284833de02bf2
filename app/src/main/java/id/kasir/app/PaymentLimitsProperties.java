package id.kasir.app;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.MaximumAmounts;
import id.kasir.domain.payment.PaymentMethod;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kasir.payments.*}: rules for every new payment, whoever asks (merchant API or portal).
 *
 * @param maximumAmount the largest amount in whole rupiah per gateway and method, lower than what the
 *                      method can carry ({@link MaximumAmounts}), e.g. {@code kasir.payments.maximum-amount.cashi.QRIS=10000000}
 *                      (method names in any case, so that {@code KASIR_PAYMENTS_MAXIMUMAMOUNT_CASHI_QRIS} works too).
 *                      Unset: what the method carries. A value that is not a whole positive amount at most that
 *                      stops the start with a message naming it.
 */
@ConfigurationProperties("kasir.payments")
public record PaymentLimitsProperties(Map<String, Map<String, BigDecimal>> maximumAmount) {

    public PaymentLimitsProperties {
        maximumAmount = maximumAmount == null ? Map.of() : maximumAmount;
    }

    MaximumAmounts toMaximumAmounts() {
        Map<GatewayId, Map<PaymentMethod, Money>> limits = new HashMap<>();
        maximumAmount.forEach((gateway, byMethod) -> {
            Map<PaymentMethod, Money> methods = new HashMap<>();
            byMethod.forEach((method, rupiah) -> {
                try {
                    methods.put(PaymentMethod.valueOf(method.toUpperCase(Locale.ROOT)), Money.of(rupiah, Money.IDR));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("kasir.payments.maximum-amount." + gateway + "." + method
                            + " must name a method (CHECKOUT_PAGE, QRIS, EWALLET, VA) and be whole rupiah: "
                            + e.getMessage(), e);
                }
            });
            limits.put(GatewayId.of(gateway), methods);
        });
        return new MaximumAmounts(limits);
    }
}
