package id.kasir.application.merchant;

import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import java.time.Clock;

/**
 * An ops person sends a notification again from the portal (the merchant lost it, or it went DEAD
 * while their endpoint was down): the row is due again at once, with the same event id, so the
 * merchant's de-duplication still recognises it.
 */
public final class ResendMerchantNotification {

    private final MerchantNotificationOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public ResendMerchantNotification(MerchantNotificationOutbox outbox, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public void resend(long id, Actor actor, String sourceAddress) {
        MerchantNotification row = outbox.byId(id)
                .orElseThrow(() -> new DomainRuleViolation("There is no merchant notification " + id));
        if (!outbox.resend(id, clock.instant())) {
            throw new DomainRuleViolation("Notification " + id + " is already waiting to be sent");
        }
        audit.record(new AuditEntry(actor, "merchant-notification.resend", String.valueOf(id),
                "Re-sent " + row.type() + " event " + row.eventId() + " (was " + row.status() + ")", sourceAddress,
                clock.instant()));
    }
}
