/**
 * MyBatis (XML mappers) and Flyway migrations implementing the domain's repository ports on MySQL, MariaDB and H2.
 * May depend on {@code application} and {@code domain}; never on another adapter or the web modules.
 */
package id.kasir.adapters.persistence;
