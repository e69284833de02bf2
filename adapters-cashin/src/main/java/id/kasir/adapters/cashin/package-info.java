/**
 * The Cash In gateway adapter: checkout-page links and dynamic QRIS over SNAP signatures
 * ({@link id.kasir.adapters.cashin.CashInSnapSigner}), Cash In's notify endpoint, and payouts to e-wallets
 * ({@link id.kasir.adapters.cashin.CashInPayoutGateway}). Registered by
 * {@link id.kasir.adapters.cashin.CashInAutoConfiguration} and
 * {@link id.kasir.adapters.cashin.CashInPayoutAutoConfiguration} under {@code kasir.providers.cashin.*}.
 * May depend on {@code application} and {@code domain}; never on another adapter, the web modules or the sandbox.
 */
package id.kasir.adapters.cashin;
