package id.kasir.application.merchant;

import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import java.time.Clock;

/** Revokes an API key: from now on it authenticates nothing. Audited; cannot be undone (issue a new key). */
public final class RevokeApiKey {

    private final ApiKeys keys;
    private final AuditTrail audit;
    private final Clock clock;

    public RevokeApiKey(ApiKeys keys, AuditTrail audit, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    public void revoke(long id, Actor revokedBy, String sourceAddress) {
        ApiKey key = keys.byId(id).orElseThrow(() -> new DomainRuleViolation("There is no API key " + id));
        if (!keys.revoke(id, clock.instant())) {
            throw new DomainRuleViolation("API key '" + key.name() + "' is already revoked");
        }
        audit.record(new AuditEntry(revokedBy, "api-key.revoke", String.valueOf(id),
                "Revoked API key '" + key.name() + "' (" + key.prefix() + "…)", sourceAddress, clock.instant()));
    }
}
