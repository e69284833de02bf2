/**
 * Who may call the merchant API: API keys as {@code Authorization: Bearer <key>}, checked by
 * {@link id.kasir.application.merchant.AuthenticateApiKey}; stateless, no session, no CSRF (no browser
 * cookies are involved). The OpenAPI document and Swagger UI are public.
 */
package id.kasir.web.api.security;
