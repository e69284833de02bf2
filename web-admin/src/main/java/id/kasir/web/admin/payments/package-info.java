/**
 * The payments pages: the filtered list with keyset paging and CSV export, a payment's detail with
 * its whole timeline, the QR image, the actions (ask the gateway, apply its answer, cancel), and
 * creating a payment by hand.
 */
package id.kasir.web.admin.payments;
