/**
 * Who may use the admin portal and what they may do: form login against the operator accounts,
 * lock-out, CSRF, security headers, the first admin, and the role rules for every page and action.
 */
package id.kasir.web.admin.security;
