package id.kasir.application.reconciliation;

import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import java.time.Clock;

/**
 * An ops person starts a reconciliation run from the portal. Every trigger is in the audit log, the
 * refused ones too ({@code reconciliation.start} / {@code reconciliation.start-refused}).
 */
public final class StartReconciliationRun {

    private final ReconciliationTrigger trigger;
    private final AuditTrail audit;
    private final Clock clock;

    public StartReconciliationRun(ReconciliationTrigger trigger, AuditTrail audit, Clock clock) {
        this.trigger = trigger;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts a run in the background.
     *
     * @throws ReconciliationTrigger.RunAlreadyRunning when one is in progress (audited as refused)
     */
    public void start(Actor by, String sourceAddress) {
        try {
            trigger.startNow(by.toString());
            audit.record(new AuditEntry(by, "reconciliation.start", "reconciliation", null, sourceAddress,
                    clock.instant()));
        } catch (ReconciliationTrigger.RunAlreadyRunning refused) {
            audit.record(new AuditEntry(by, "reconciliation.start-refused", null, refused.getMessage(),
                    sourceAddress, clock.instant()));
            throw refused;
        }
    }
}
