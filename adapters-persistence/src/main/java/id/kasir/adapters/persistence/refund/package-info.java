/** Refunds Kasir tracks by hand, on MyBatis. */
package id.kasir.adapters.persistence.refund;
