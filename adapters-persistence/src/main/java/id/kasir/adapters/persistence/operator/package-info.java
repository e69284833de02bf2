/**
 * The admin portal's tables: ops people's accounts ({@code users}: roles, lock-out state, versioned)
 * and the dashboard's grouped payment totals.
 */
package id.kasir.adapters.persistence.operator;
