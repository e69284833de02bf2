package id.kasir.application.reconciliation;

/** Where a run is. A FAILED run (e.g. its node died or the database went away) continues when restarted. */
public enum RunStatus {
    RUNNING, COMPLETED, FAILED
}
