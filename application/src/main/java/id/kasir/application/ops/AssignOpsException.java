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
 * Gives an exception an owner ("assign to me" is {@code owner} = {@code username}); an OPEN one becomes
 * IN_PROGRESS. One ASSIGNED history line and one {@code ops-exception.assign} audit entry, in one
 * transaction. {@code owner} is a portal username; it is not checked against the accounts (an owner who
 * leaves keeps their exceptions until someone reassigns them).
 *
 * @throws id.kasir.domain.ops.OpsExceptionRefused when the workflow refuses (see its reason)
 */
public final class AssignOpsException {

    private final OpsExceptions opsExceptions;
    private final AuditTrail audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public AssignOpsException(OpsExceptions opsExceptions, AuditTrail audit, TransactionRunner transactions, Clock clock) {
        this.opsExceptions = opsExceptions;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void assign(long id, String owner, String username, String sourceAddress) {
        String newOwner = owner == null ? null : owner.strip();
        transactions.inTransaction(() -> {
            OpsException current = OpsExceptionWork.load(opsExceptions, id);
            OpsException assigned = current.assignTo(newOwner);
            OpsExceptionWork.save(opsExceptions, assigned, current);
            opsExceptions.addStep(new OpsExceptionStep(id, OpsExceptionAction.ASSIGNED, username, newOwner,
                    clock.instant()));
            audit.record(new AuditEntry(Actor.operator(username), "ops-exception.assign", String.valueOf(id),
                    "owner " + newOwner, sourceAddress, clock.instant()));
        });
    }
}
