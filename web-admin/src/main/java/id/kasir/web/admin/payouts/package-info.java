/**
 * The portal's payout pages ({@code /admin/payouts}): the list with filters, totals and the day's remaining
 * limit; the inquiry form that shows the confirmed name before anything can be requested (FINANCE); the
 * detail with its timeline; the approval confirmation and the decisions (APPROVER, never the maker); a
 * status check. Every action is audited by its use case.
 */
package id.kasir.web.admin.payouts;
