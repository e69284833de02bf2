/** The people side of the portal: the audit log of every admin action, and the accounts (ADMIN only). */
package id.kasir.web.admin.people;
