/**
 * Sends the outbox's notifications to the merchant's endpoint, signed with HMAC-SHA256 over
 * {@code timestamp + "." + body} (see web-api/README.md for the merchant's side), on a schedule.
 */
package id.kasir.web.api.notification;
