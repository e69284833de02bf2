/**
 * The merchant-facing REST API: JSON, API keys, idempotency, OpenAPI, signed outbound notifications.
 * May depend on {@code application} and {@code domain}; never on an adapter, the admin portal or the batch job.
 */
package id.kasir.web.api;
