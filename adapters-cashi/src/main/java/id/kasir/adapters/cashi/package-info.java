/**
 * The Cashi gateway adapter: QRIS orders with a unique amount, status checks and its PAYMENT_SETTLED webhook.
 * May depend on {@code application} and {@code domain}; never on another adapter, the web modules or the sandbox.
 */
package id.kasir.adapters.cashi;
