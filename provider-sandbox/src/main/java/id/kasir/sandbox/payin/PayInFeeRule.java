package id.kasir.sandbox.payin;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What PayIn charges per order, in whole rupiah: a percentage with a floor for QRIS, flat for e-wallets
 * and virtual accounts. Deliberately simple; the point is that the adapter stores the fee it is told.
 */
final class PayInFeeRule {

    private final PayInSandboxProperties properties;

    PayInFeeRule(PayInSandboxProperties properties) {
        this.properties = properties;
    }

    BigDecimal feeFor(PayInPayType payType, BigDecimal amount) {
        return switch (payType.kind()) {
            case QRIS -> amount.multiply(properties.qrisFeeRate()).setScale(0, RoundingMode.HALF_UP)
                    .max(BigDecimal.valueOf(properties.qrisMinimumFee()));
            case EWALLET -> BigDecimal.valueOf(properties.ewalletFee());
            case VIRTUAL_ACCOUNT -> BigDecimal.valueOf(properties.virtualAccountFee());
        };
    }
}
