/**
 * What the merchant API accepts, before any use case sees it: {@code application/json} in UTF-8 only,
 * at most {@code kasir.api.max-body-size}, JSON values of exactly the documented types (no coercion),
 * whole-rupiah amounts, and identifiers without invisible or layout-changing characters. Every refusal
 * is a 4xx problem that names what to fix; nothing refused is stored.
 */
package id.kasir.web.api.input;
