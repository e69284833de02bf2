/**
 * Test-only helpers shared across modules (test scope only): a MySQL/MariaDB database of this test
 * JVM's own, and raw HTTP over a socket. Depends on the JDK and the MySQL driver, nothing of Kasir.
 */
package id.kasir.testsupport;
