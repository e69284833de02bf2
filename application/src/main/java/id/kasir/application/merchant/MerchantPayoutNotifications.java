package id.kasir.application.merchant;

import id.kasir.application.payout.PayoutStatusListener;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes a notification for the merchant into the same outbox as the payments' for every status change
 * of a payout, inside the transaction that stores the change; the same delivery signs and sends it.
 *
 * <p>Event types are {@code payout.<status>} in lowercase: {@code payout.awaiting_approval},
 * {@code payout.approved}, {@code payout.rejected}, {@code payout.processing}, {@code payout.succeeded},
 * {@code payout.failed}. The envelope is the payments' ({@link MerchantEvent}: {@code id}, {@code type},
 * {@code created}, {@code version}, {@code data}); {@code data} is the payout as the merchant API shows it
 * at that version, rendered by {@link MerchantEventPayloads}.
 */
public final class MerchantPayoutNotifications implements PayoutStatusListener {

    private final MerchantNotificationOutbox outbox;
    private final MerchantEventPayloads payloads;
    private final Clock clock;

    public MerchantPayoutNotifications(MerchantNotificationOutbox outbox, MerchantEventPayloads payloads, Clock clock) {
        this.outbox = outbox;
        this.payloads = payloads;
        this.clock = clock;
    }

    public static String eventType(PayoutStatus status) {
        return "payout." + status.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void statusChanged(Payout payout, PayoutStatus from, PayoutStatus to, long version) {
        Instant now = clock.instant();
        MerchantEvent<Payout> event = new MerchantEvent<>(UUID.randomUUID().toString(), eventType(to), now, version,
                payout);
        outbox.add(new MerchantNotificationOutbox.NewNotification(event.id(), event.type(), payout.id().value(),
                payloads.payoutEvent(event), now));
    }
}
