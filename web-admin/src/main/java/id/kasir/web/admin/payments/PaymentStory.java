package id.kasir.web.admin.payments;

import id.kasir.application.merchant.MerchantNotificationOutbox;
import id.kasir.application.payment.FindPayments;
import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.notification.NotificationSearch;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEventType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A payment's whole story for its detail page: the timeline events (each status change with who
 * caused it, each gateway call with request and response) merged in time order with every
 * notification the gateway sent about it, the ops exceptions raised on it, and the notifications
 * sent (or waiting to be sent) to the merchant about it.
 */
@Component
class PaymentStory {

    private final FindPayments findPayments;
    private final GatewayNotifications notifications;
    private final OpsExceptions opsExceptions;
    private final MerchantNotificationOutbox merchantOutbox;
    private final TimelineTexts texts;

    PaymentStory(FindPayments findPayments, GatewayNotifications notifications, OpsExceptions opsExceptions,
                 MerchantNotificationOutbox merchantOutbox, TimelineTexts texts) {
        this.texts = texts;
        this.findPayments = findPayments;
        this.notifications = notifications;
        this.opsExceptions = opsExceptions;
        this.merchantOutbox = merchantOutbox;
    }

    /**
     * Why the payment is where it is, in the reader's language: the text of the latest status change (or unknown
     * outcome) that left it in its status (the stored {@code status_reason} is English); the stored reason when no such line exists, a dash when
     * there is no reason (e.g. PAID).
     */
    private static String statusReason(Payment payment, List<TimelineEntry> entries) {
        if (payment.statusReason().isEmpty()) {
            return "–";
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            TimelineEntry entry = entries.get(i);
            boolean setsReason = PaymentEventType.STATUS_CHANGED.name().equals(entry.kind())
                    || PaymentEventType.OUTCOME_UNKNOWN.name().equals(entry.kind());
            if (setsReason && entry.to() == payment.status()) {
                return entry.summary();
            }
        }
        return payment.statusReason().get();
    }

    void fill(Model model, Payment payment) {
        List<TimelineEntry> entries = new ArrayList<>();
        Locale locale = LocaleContextHolder.getLocale();
        findPayments.timeline(payment.id()).forEach(e -> entries.add(TimelineEntry.of(e, texts, locale)));
        notifications.search(new NotificationSearch(null, null, payment.id(), null, 500))
                .forEach(n -> entries.add(TimelineEntry.of(n, texts, locale)));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        model.addAttribute("statusReasonText", statusReason(payment, entries));
        model.addAttribute("section", "payments");
        PaymentDetailModel.fill(model, payment, entries, opsExceptions.bySubject(payment.id().value()));
        model.addAttribute("merchantNotifications", merchantOutbox.bySubject(payment.id().value()));
    }
}
