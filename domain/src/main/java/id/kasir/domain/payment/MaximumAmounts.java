package id.kasir.domain.payment;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The largest amount a new payment may ask for, per gateway and method. By default it is what the
 * instrument can carry ({@link #instrumentCapacity(PaymentMethod)}); an operator may set a lower
 * maximum for a gateway and method (its contract, Bank Indonesia's per-transaction cap for QRIS),
 * never a higher one: an amount the instrument cannot carry would only fail at the gateway, or
 * worse, be truncated in the customer's QR.
 */
public final class MaximumAmounts {

    /**
     * QRIS: EMVCo merchant-presented tag 54 (transaction amount) holds at most 13 characters; written
     * with two decimals as the gateways do ({@code "9999999999.00"}), that is Rp 9,999,999,999.
     */
    static final Money QRIS_CAPACITY = Money.idr(9_999_999_999L);

    /**
     * Checkout page, e-wallet, VA: SNAP's {@code amount.value} is a String(19) ending in {@code .00}
     * (16 digits), which also fits Kasir's {@code DECIMAL(19,2)} columns and PayIn's decimal(20,0).
     */
    static final Money SNAP_CAPACITY = Money.idr(9_999_999_999_999_999L);

    /** No configured maximum: every gateway and method up to what its instrument carries. */
    public static final MaximumAmounts INSTRUMENT_CAPACITY = new MaximumAmounts(Map.of());

    private final Map<GatewayId, Map<PaymentMethod, Money>> configured;

    /**
     * @param configured lower maximums per gateway and method
     * @throws IllegalArgumentException when one is zero, not IDR, or above what its instrument carries
     */
    public MaximumAmounts(Map<GatewayId, Map<PaymentMethod, Money>> configured) {
        Map<GatewayId, Map<PaymentMethod, Money>> copy = new HashMap<>();
        configured.forEach((gateway, byMethod) -> {
            Map<PaymentMethod, Money> methods = new EnumMap<>(PaymentMethod.class);
            byMethod.forEach((method, maximum) -> methods.put(method, checked(gateway, method, maximum)));
            copy.put(Objects.requireNonNull(gateway, "gateway"), Map.copyOf(methods));
        });
        this.configured = Map.copyOf(copy);
    }

    /** What the instrument of a method can carry (see the constants for the source of each). */
    public static Money instrumentCapacity(PaymentMethod method) {
        return method == PaymentMethod.QRIS ? QRIS_CAPACITY : SNAP_CAPACITY;
    }

    /** The largest amount a payment at this gateway by this method may ask for. */
    public Money maximumFor(GatewayId gateway, PaymentMethod method) {
        Money set = configured.getOrDefault(gateway, Map.of()).get(method);
        return set != null ? set : instrumentCapacity(method);
    }

    private static Money checked(GatewayId gateway, PaymentMethod method, Money maximum) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(maximum, "maximum");
        Money capacity = instrumentCapacity(method);
        if (!maximum.currency().equals(capacity.currency()) || maximum.isZero() || maximum.isGreaterThan(capacity)) {
            throw new IllegalArgumentException("The maximum amount for " + gateway + " " + method + " must be more than "
                    + "zero and at most " + capacity + " (what " + method + " can carry); it is " + maximum);
        }
        return maximum;
    }
}
