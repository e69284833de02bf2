/**
 * The people who use the admin portal: their accounts and roles, logging in and being locked out
 * after repeated failures, the first admin, and the figures on their dashboard. Pure Java over ports
 * ({@link id.kasir.application.operator.OperatorAccounts}, {@link id.kasir.application.operator.PasswordHasher},
 * {@link id.kasir.application.operator.PaymentTotals}); the portal and the persistence adapter implement them.
 */
package id.kasir.application.operator;
