/**
 * Reconciliation: the runs of the nightly (or on-demand, or command-line) job and their per-item report
 * ({@link id.kasir.application.reconciliation.ReconciliationRuns}), starting a run from the portal
 * ({@link id.kasir.application.reconciliation.StartReconciliationRun}) and the janitor that re-queries
 * payments between runs ({@link id.kasir.application.reconciliation.RecheckPayments}). The item logic
 * itself is {@link id.kasir.application.payment.ReconcilePayment}.
 */
package id.kasir.application.reconciliation;
