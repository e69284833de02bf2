/**
 * What every page of the portal shares: the layout's model (who is logged in and what they may do),
 * formatting of money and times, friendly errors, the login page and the dashboard.
 */
package id.kasir.web.admin.portal;
