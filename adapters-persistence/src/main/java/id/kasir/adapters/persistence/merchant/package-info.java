/**
 * The merchant API's tables on MyBatis: API keys (hashes only), Idempotency-Keys, and the outbox of
 * merchant notifications with its delivery claims. Races are settled by unique keys and conditional
 * updates, never by a JVM lock.
 */
package id.kasir.adapters.persistence.merchant;
