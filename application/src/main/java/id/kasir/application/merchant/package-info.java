/**
 * What the merchant's own systems need from Kasir, apart from the payment use cases themselves: API
 * keys (issued once, stored hashed), idempotent payment creation, and the outbox of signed
 * notifications that tells the merchant about every status change, delivered at least once.
 * Pure Java over ports, like the rest of {@code application}; the merchant API and the portal call it.
 */
package id.kasir.application.merchant;
