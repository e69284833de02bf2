package id.kasir.application.reconciliation;

/** Who or what started a reconciliation run. */
public enum RunTrigger {
    /** The nightly schedule ({@code kasir.reconciliation.cron}, one run per business date across nodes). */
    NIGHTLY,
    /** An ops person from the portal ({@code POST /admin/reconciliation/runs}). */
    ON_DEMAND,
    /** {@code java -jar kasir.jar --kasir.job=reconciliation}. */
    COMMAND_LINE
}
