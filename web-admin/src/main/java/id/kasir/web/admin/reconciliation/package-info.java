/** The Reconciliation page: start a run, its progress, the history of runs, a run's report lines and their CSV. */
package id.kasir.web.admin.reconciliation;
