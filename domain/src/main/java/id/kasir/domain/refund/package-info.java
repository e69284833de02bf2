/** Refunds Kasir tracks by hand, because no gateway offers a refund call. */
package id.kasir.domain.refund;
