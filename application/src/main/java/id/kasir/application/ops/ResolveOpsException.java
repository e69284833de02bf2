package id.kasir.application.ops;

import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import id.kasir.domain.ops.OpsExceptions;
import java.time.Clock;

/** An ops person resolves an exception with a reason; the resolution is audited. */
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
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("A reason is required to resolve an exception");
        }
        transactions.inTransaction(() -> {
            if (!opsExceptions.resolve(id, username, reason, clock.instant())) {
                throw new DomainRuleViolation("Exception " + id + " does not exist or is already resolved");
            }
            audit.record(new AuditEntry(Actor.operator(username), "ops-exception.resolve", String.valueOf(id), reason,
                    sourceAddress, clock.instant()));
        });
    }
}
