package id.kasir.application.reconciliation;

/**
 * Starts a reconciliation run now, in the background (port; the batch module launches the job).
 * Never two runs at once: across nodes, the job repository and a lock refuse a second.
 */
public interface ReconciliationTrigger {

    /**
     * Returns once the run is claimed (no other can start); the run itself goes on in the background and
     * shows in {@link ReconciliationRuns} as soon as it has begun.
     *
     * @param requestedBy who asked (for the run's record)
     * @throws RunAlreadyRunning when a run is in progress (on any node)
     */
    void startNow(String requestedBy);

    /** A run is in progress: a second one is refused. */
    final class RunAlreadyRunning extends RuntimeException {
        public RunAlreadyRunning(String message) {
            super(message);
        }
    }
}
