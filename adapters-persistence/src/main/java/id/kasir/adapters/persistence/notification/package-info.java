/** The gateway notification inbox on MyBatis, with race-free duplicate detection by a unique key. */
package id.kasir.adapters.persistence.notification;
