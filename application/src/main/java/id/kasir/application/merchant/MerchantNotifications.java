package id.kasir.application.merchant;

import id.kasir.application.payment.PaymentStatusListener;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes a notification for the merchant into the outbox for every status change of a payment. It
 * runs inside the transaction that stores the change (see {@link PaymentStatusListener}), so the
 * change and its notification are stored together or not at all; sending happens later, in
 * {@link DeliverMerchantNotifications}.
 *
 * <p>Event types are {@code payment.<status>} in lowercase: {@code payment.open}, {@code payment.paying},
 * {@code payment.paid}, {@code payment.failed}, {@code payment.expired}, {@code payment.cancelled}.
 */
public final class MerchantNotifications implements PaymentStatusListener {

    private final MerchantNotificationOutbox outbox;
    private final Clock clock;

    public MerchantNotifications(MerchantNotificationOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public static String eventType(PaymentStatus status) {
        return "payment." + status.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void statusChanged(Payment payment, PaymentStatus from, PaymentStatus to) {
        MerchantEvents.add(outbox, clock, eventType(to), payment.id().value(), data(payment, from, to));
    }

    static JsonText data(Payment payment, PaymentStatus from, PaymentStatus to) {
        return new JsonText()
                .string("id", payment.id().value())
                .string("orderId", payment.orderId())
                .string("status", to.name())
                .string("previousStatus", from.name())
                .string("provider", payment.gateway().value())
                .string("method", payment.method().name())
                .number("amount", rupiah(payment.amount()))
                .number("amountToPay", rupiah(payment.amountToPay()))
                .number("paidAmount", payment.paidAmount().map(MerchantNotifications::rupiah).orElse(null))
                .string("currency", payment.amount().currency().getCurrencyCode())
                .string("paidAt", payment.paidAt().map(Instant::toString).orElse(null))
                .string("statusReason", to == PaymentStatus.FAILED || to == PaymentStatus.CANCELLED
                        || to == PaymentStatus.EXPIRED ? payment.statusReason().orElse(null) : null);
    }

    /** Whole rupiah print as integers ({@code 15000}), as the API's amounts do. */
    static BigDecimal rupiah(Money money) {
        BigDecimal amount = money.amount();
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() <= 0 ? amount.setScale(0) : stripped;
    }
}
