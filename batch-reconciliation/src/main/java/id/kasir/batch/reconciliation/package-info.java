/**
 * The nightly Spring Batch job that re-queries every in-flight payment and payout, so nothing stays stuck.
 * May depend on {@code application} and {@code domain}; never on an adapter or the web modules.
 */
package id.kasir.batch.reconciliation;
