package id.kasir.web.admin.payments;

import id.kasir.domain.money.Money;
import id.kasir.domain.notification.StoredNotification;
import id.kasir.domain.payment.EventText;
import id.kasir.domain.payment.PaymentEvent;
import id.kasir.web.admin.portal.Formats;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a timeline line in the reader's language from its {@link EventText}: the message
 * {@code timeline.text.<code>} with its arguments shown as the portal shows them everywhere (amounts by
 * {@link Formats#money}, statuses by {@code status.*}, times in WIB, codes by their message). A line without a code
 * (written before issue 16), with a code the bundles do not know (a newer kind of event), or with an argument that
 * does not read, falls back to its stored English summary: never a {@code ??key??} and never an error.
 * The kind badge is {@code timeline.kind.<TYPE>}, or the type's name when the bundles do not know it.
 */
@Component
class TimelineTexts {

    private final MessageSource messages;
    private final Formats formats;

    TimelineTexts(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    String text(PaymentEvent event, Locale locale) {
        EventText text = event.text();
        if (text == null) {
            return event.summary();
        }
        try {
            Object[] args = text.args().stream().map(arg -> shown(arg, locale)).toArray();
            return messages.getMessage("timeline.text." + text.code(), args, event.summary(), locale);
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            return event.summary();
        }
    }

    String kind(String kind, Locale locale) {
        return messages.getMessage("timeline.kind." + kind, null, kind, locale);
    }

    /** A notification the gateway sent: from whom, what Kasir did with it, whether its signature held. */
    String notification(StoredNotification stored, Locale locale) {
        var n = stored.notification();
        Object[] args = {n.gateway().value(),
                messages.getMessage("notification.outcome." + stored.outcome().name(), null, stored.outcome().name(), locale),
                messages.getMessage("notification.verification." + n.verification().name(), null,
                        n.verification().name(), locale)};
        return messages.getMessage(stored.duplicate() ? "timeline.notification.duplicate" : "timeline.notification",
                args, locale);
    }

    private String shown(String tagged, Locale locale) {
        if (tagged.length() < 2 || tagged.charAt(1) != ':') {
            return tagged;
        }
        String value = tagged.substring(2);
        return switch (tagged.charAt(0)) {
            case 'm' -> Formats.money(money(value), locale);
            case 's' -> messages.getMessage("status." + value, null, value, locale);
            case 't' -> formats.time(Instant.parse(value));
            case 'k' -> messages.getMessage(value, null, value, locale);
            default -> value;
        };
    }

    /** {@code IDR 15000.00}, as {@link Money#toString()} writes it. */
    private static Money money(String value) {
        List<String> parts = List.of(value.split(" ", 2));
        if (parts.size() != 2) {
            throw new IllegalArgumentException("Not an amount: " + value);
        }
        return Money.of(parts.get(1), parts.get(0));
    }
}
