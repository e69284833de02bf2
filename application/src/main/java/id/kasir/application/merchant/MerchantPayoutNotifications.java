package id.kasir.application.merchant;

import id.kasir.application.payout.PayoutStatusListener;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes a notification for the merchant into the same outbox as the payments' for every status change
 * of a payout, inside the transaction that stores the change; the same delivery signs and sends it.
 *
 * <p>Event types are {@code payout.<status>} in lowercase: {@code payout.awaiting_approval},
 * {@code payout.approved}, {@code payout.rejected}, {@code payout.processing}, {@code payout.succeeded},
 * {@code payout.failed}. The envelope is the payments' ({@code id}, {@code type}, {@code createdAt},
 * {@code data}); {@code data} is the payout as the merchant API shows it.
 */
public final class MerchantPayoutNotifications implements PayoutStatusListener {

    private final MerchantNotificationOutbox outbox;
    private final Clock clock;

    public MerchantPayoutNotifications(MerchantNotificationOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public static String eventType(PayoutStatus status) {
        return "payout." + status.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void statusChanged(Payout payout, PayoutStatus from, PayoutStatus to) {
        MerchantEvents.add(outbox, clock, eventType(to), payout.id().value(), data(payout, from, to));
    }

    static JsonText data(Payout payout, PayoutStatus from, PayoutStatus to) {
        return new JsonText()
                .string("id", payout.id().value())
                .string("reference", payout.reference())
                .string("status", to.name())
                .string("previousStatus", from.name())
                .string("channel", payout.beneficiary().channel().name())
                .string("customerNumber", payout.beneficiary().customerNumber())
                .string("accountName", payout.beneficiary().confirmedName())
                .number("amount", MerchantNotifications.rupiah(payout.amount()))
                .string("currency", payout.amount().currency().getCurrencyCode())
                .string("gatewayReference", payout.gatewayReference().orElse(null))
                .string("statusReason", to == PayoutStatus.FAILED || to == PayoutStatus.REJECTED
                        ? payout.statusReason().orElse(null) : null)
                .string("settledAt", payout.settledAt().map(Instant::toString).orElse(null));
    }
}
