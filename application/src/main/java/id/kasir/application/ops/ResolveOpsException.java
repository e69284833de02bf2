package id.kasir.application.ops;

import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionAction;
import id.kasir.domain.ops.OpsExceptionStep;
import id.kasir.domain.ops.OpsExceptions;
import java.time.Clock;

/**
 * An ops person closes an exception with a reason: its history gets a RESOLVED line and the audit one
 * {@code ops-exception.resolve} entry, in one transaction. Money exceptions (amount mismatch, paid after
 * expiry or close) are refused here: they are closed by {@link DecideMoneyException}.
 *
 * @throws id.kasir.domain.ops.OpsExceptionRefused when the workflow refuses (see its reason)
 */
public final class ResolveOpsException {

    private final OpsExceptions opsExceptions;
    private final AuditTrail audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ResolveOpsException(OpsExceptions opsExceptions, AuditTrail audit, TransactionRunner transactions, Clock clock) {
        this.opsExceptions = opsExceptions;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void resolve(long id, String username, String reason, String sourceAddress) {
        transactions.inTransaction(() -> {
            OpsException current = OpsExceptionWork.load(opsExceptions, id);
            OpsException resolved = current.resolve(username, reason, clock.instant(), false);
            OpsExceptionWork.save(opsExceptions, resolved, current);
            opsExceptions.addStep(new OpsExceptionStep(id, OpsExceptionAction.RESOLVED, username, reason, clock.instant()));
            audit.record(new AuditEntry(Actor.operator(username), "ops-exception.resolve", String.valueOf(id), reason,
                    sourceAddress, clock.instant()));
        });
    }
}
