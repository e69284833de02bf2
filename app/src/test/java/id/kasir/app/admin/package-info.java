/**
 * The admin portal end to end in a real browser (Debian's headless Chromium through its own
 * chromedriver) against the whole embedded Kasir: sandbox-paid payments, login, lock-out, roles.
 */
package id.kasir.app.admin;
