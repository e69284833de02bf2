/** Payments and their timelines on MyBatis: the {@code Payments} port, its mapper, rows and page cursor. */
package id.kasir.adapters.persistence.payment;
