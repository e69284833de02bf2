/** Reconciliation runs, their report lines and the janitor's record on MyBatis (tables of V13_1). */
package id.kasir.adapters.persistence.reconciliation;
