package id.kasir.domain.ops;

import java.util.EnumSet;
import java.util.Set;

/**
 * What ops may decide about a money exception, and for which types (DESIGN.md: the gateway is the
 * source of truth for money, a confirmed payment never moves back).
 *
 * <ul>
 *   <li>{@code ACCEPT}: keep the money. For {@link OpsExceptionType#AMOUNT_MISMATCH} the payment becomes
 *       PAID with the amount the gateway reported (the merchant is told through the outbox); for a
 *       payment that was paid after it expired or closed, it stays PAID and the merchant is expected to
 *       deliver. Resolves the exception.</li>
 *   <li>{@code REFUND}: the customer gets the money back. The gateways offer no refund call, so Kasir
 *       opens a refund to track by hand; the exception stays IN_PROGRESS until the refund is recorded
 *       done. A PAID payment stays PAID (a refund is a separate movement of money).</li>
 * </ul>
 */
public enum MoneyDecision {
    ACCEPT, REFUND;

    private static final Set<OpsExceptionType> MONEY_TYPES = EnumSet.of(OpsExceptionType.AMOUNT_MISMATCH,
            OpsExceptionType.PAID_AFTER_EXPIRY, OpsExceptionType.PAID_AFTER_CLOSE);

    /** True when exceptions of this type are decided with ACCEPT or REFUND (not just resolved with a reason). */
    public static boolean appliesTo(OpsExceptionType type) {
        return MONEY_TYPES.contains(type);
    }
}
