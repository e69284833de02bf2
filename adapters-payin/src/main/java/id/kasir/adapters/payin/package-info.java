/**
 * The PayIn gateway adapter: pay-in orders, queries and MD5-signed callbacks.
 * May depend on {@code application} and {@code domain}; never on another adapter, the web modules or the sandbox.
 */
package id.kasir.adapters.payin;
