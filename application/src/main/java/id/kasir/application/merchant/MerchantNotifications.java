package id.kasir.application.merchant;

import id.kasir.application.payment.PaymentStatusListener;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes a notification for the merchant into the outbox for every status change of a payment. It
 * runs inside the transaction that stores the change (see {@link PaymentStatusListener}), so the
 * change and its notification are stored together or not at all; sending happens later, in
 * {@link DeliverMerchantNotifications}. The body is rendered by {@link MerchantEventPayloads} from the
 * payment as it is at this version, so it shows what the API would show for it.
 *
 * <p>Event types are {@code payment.<status>} in lowercase: {@code payment.open}, {@code payment.paying},
 * {@code payment.paid}, {@code payment.failed}, {@code payment.expired}, {@code payment.cancelled}.
 */
public final class MerchantNotifications implements PaymentStatusListener {

    private final MerchantNotificationOutbox outbox;
    private final MerchantEventPayloads payloads;
    private final Clock clock;

    public MerchantNotifications(MerchantNotificationOutbox outbox, MerchantEventPayloads payloads, Clock clock) {
        this.outbox = outbox;
        this.payloads = payloads;
        this.clock = clock;
    }

    public static String eventType(PaymentStatus status) {
        return "payment." + status.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void statusChanged(Payment payment, PaymentStatus from, PaymentStatus to, long version) {
        Instant now = clock.instant();
        MerchantEvent<Payment> event = new MerchantEvent<>(UUID.randomUUID().toString(), eventType(to), now, version,
                payment);
        outbox.add(new MerchantNotificationOutbox.NewNotification(event.id(), event.type(), payment.id().value(),
                payloads.paymentEvent(event), now));
    }
}
