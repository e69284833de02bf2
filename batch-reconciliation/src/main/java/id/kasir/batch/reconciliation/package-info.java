/**
 * The {@code reconciliation} Spring Batch job: a keyset-paging reader over in-flight payments, a writer
 * that reconciles each chunk's payments concurrently (bounded per gateway) through
 * {@link id.kasir.application.payment.ReconcilePayment} and stores one report line per payment, and the
 * launcher for the nightly schedule, the portal and the command line.
 */
package id.kasir.batch.reconciliation;
