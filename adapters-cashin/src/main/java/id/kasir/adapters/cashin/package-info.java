/**
 * The Cash In gateway adapter: checkout-page links and dynamic QRIS over SNAP signatures, and Cash In's notify endpoint.
 * May depend on {@code application} and {@code domain}; never on another adapter, the web modules or the sandbox.
 */
package id.kasir.adapters.cashin;
