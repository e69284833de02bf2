/**
 * The Cashi gateway adapter: QRIS orders with a unique amount ({@link id.kasir.adapters.cashi.CashiGateway}),
 * status checks, and its PAYMENT_SETTLED webhook ({@link id.kasir.adapters.cashi.CashiWebhookController}),
 * registered by {@link id.kasir.adapters.cashi.CashiAutoConfiguration}. May depend on {@code application}
 * and {@code domain}; never on another adapter, the web modules or the sandbox.
 */
package id.kasir.adapters.cashi;
