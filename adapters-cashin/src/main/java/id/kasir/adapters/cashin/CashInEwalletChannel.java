package id.kasir.adapters.cashin;

import id.kasir.domain.payout.EwalletChannel;

/**
 * Cash In's names for the e-wallets ({@code additionalInfo.channel} of services 37 and 38). The document
 * writes {@code TRANSFER _E_WALLET_OVO} with a stray space; we send it without (PROVIDERS.md).
 */
final class CashInEwalletChannel {

    private CashInEwalletChannel() {
    }

    static String of(EwalletChannel channel) {
        return switch (channel) {
            case DANA -> "TOP_UP_E_WALLET_DANA";
            case OVO -> "TRANSFER_E_WALLET_OVO";
            case GOPAY -> "TRANSFER_E_WALLET_GOPAY";
            case SHOPEEPAY -> "TRANSFER_E_WALLET_SHOPEEPAY";
        };
    }
}
