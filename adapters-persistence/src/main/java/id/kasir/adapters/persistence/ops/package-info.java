/** The ops exceptions inbox on MyBatis: problems a person must resolve, de-duplicated by a unique key. */
package id.kasir.adapters.persistence.ops;
