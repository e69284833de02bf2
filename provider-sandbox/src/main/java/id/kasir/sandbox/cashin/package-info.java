/**
 * Cash In simulated from its side of the wire: the checkout-page API (symmetric HMAC signatures), QRIS MPM
 * and e-wallet transfers (SNAP, asymmetric RSA signatures), the pages a customer pays on, and the signed
 * notify callback to the merchant. Written from {@code docs/cashin-*.txt} and PROVIDERS.md only.
 */
package id.kasir.sandbox.cashin;
