/** Test support for the persistence contract tests: the two databases, the server check, clean tables. */
package id.kasir.adapters.persistence.testing;
