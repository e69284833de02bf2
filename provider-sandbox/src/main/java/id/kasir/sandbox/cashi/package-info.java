/**
 * Cashi simulated from its side of the wire: dynamic QRIS orders with a unique 1–99 rupiah added to the
 * amount, {@code create-order} / {@code check-status} behind an API key, a pay page, and HMAC-signed
 * {@code PAYMENT_SETTLED} webhooks to the merchant. Written from {@code providers/docs/cashi.txt} and
 * PROVIDERS.md only; depends on nothing of Kasir's.
 */
package id.kasir.sandbox.cashi;
