/**
 * The merchant side of Kasir as ops people see it: the API keys the merchant's systems use (issued and
 * revoked here, admins only) and the outbox of notifications sent to the merchant (seen by everyone,
 * sent again by operators). The use cases come from the application module; in the running app the
 * merchant API's auto-configuration builds them.
 */
package id.kasir.web.admin.merchant;
