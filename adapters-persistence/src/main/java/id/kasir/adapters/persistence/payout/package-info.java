/** Payouts and their timelines on MyBatis: the {@code Payouts} port, its mapper and rows. */
package id.kasir.adapters.persistence.payout;
