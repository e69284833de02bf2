/**
 * Payouts to customers' e-wallets: account inquiry, request (maker), approve or reject (checker, never
 * the maker), sending the transfer exactly once, the one path that applies the gateway's word, the
 * follow-up that settles transfers in PROCESSING, and the limits checked at request, at approval and
 * just before sending. Depends on the domain only.
 */
package id.kasir.application.payout;
