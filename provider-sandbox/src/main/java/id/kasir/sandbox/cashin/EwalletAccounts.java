package id.kasir.sandbox.cashin;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The e-wallet accounts the sandbox knows, by customer number, and the channels it accepts. A transfer to
 * {@link #ALWAYS_FAILS} is accepted and then fails, so a payout's failure path can be exercised.
 */
final class EwalletAccounts {

    static final String ALWAYS_FAILS = "6289999999999";

    private static final Map<String, String> NAMES = Map.of(
            "6281234567890", "John Doe",
            "6281111111111", "Siti Aminah",
            "6282222222222", "Budi Santoso",
            ALWAYS_FAILS, "Gagal Terus");

    private static final Set<String> CHANNELS = Set.of(
            "TOP_UP_E_WALLET_DANA", "TRANSFER_E_WALLET_OVO", "TRANSFER_E_WALLET_GOPAY", "TRANSFER_E_WALLET_SHOPEEPAY");

    private EwalletAccounts() {
    }

    static Optional<String> nameOf(String customerNumber) {
        return Optional.ofNullable(NAMES.get(customerNumber));
    }

    /** The channel without the document's stray space ({@code TRANSFER _E_WALLET_OVO}), if it is one we know. */
    static Optional<String> channel(String given) {
        String normalised = given.replace(" ", "");
        return CHANNELS.contains(normalised) ? Optional.of(normalised) : Optional.empty();
    }
}
