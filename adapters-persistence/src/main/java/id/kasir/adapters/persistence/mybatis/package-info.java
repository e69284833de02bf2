/** MyBatis pieces shared by every mapper of this module: type handlers and column-fitting rules. */
package id.kasir.adapters.persistence.mybatis;
