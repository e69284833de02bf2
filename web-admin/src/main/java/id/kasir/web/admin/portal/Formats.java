package id.kasir.web.admin.portal;

import id.kasir.application.merchant.MerchantNotification;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.web.admin.AdminPortalProperties;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the portal writes money and time, used from the templates as {@code @kasirFormats}: one money format per
 * language ({@code Rp 15.000} in Bahasa Indonesia, {@code IDR 15,000} in English — {@link #money(Money)}); times
 * in Asia/Jakarta (WIB).
 */
@Component("kasirFormats")
public class Formats {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private final ZoneId zone;

    public Formats(AdminPortalProperties properties) {
        this.zone = ZoneId.of(properties.zone());
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The one way the portal writes an amount, by the reader's language: Bahasa Indonesia {@code Rp 15.000}
     * ({@code Rp 15.000,50} with cents), English {@code IDR 15,000} ({@code IDR 15,000.50}). Another currency is
     * written with its ISO code in both. Cents are shown only when they are not zero. A missing amount is a dash.
     */
    public String money(Money money) {
        return money(money, LocaleContextHolder.getLocale());
    }

    public String money(Optional<Money> money) {
        return money(money.orElse(null));
    }

    /** {@link #money(Money)} for a given language; tested without a request. */
    public static String money(Money money, Locale locale) {
        if (money == null) {
            return "–";
        }
        boolean indonesian = isIndonesian(locale);
        String code = money.currency().getCurrencyCode();
        String prefix = indonesian && "IDR".equals(code) ? "Rp " : code + " ";
        return prefix + number(money.amount(), locale);
    }

    /** {@code 15.000} / {@code 15.000,50} in Bahasa Indonesia, {@code 15,000} / {@code 15,000.50} in English. */
    public static String number(BigDecimal amount, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        boolean indonesian = isIndonesian(locale);
        symbols.setGroupingSeparator(indonesian ? '.' : ',');
        symbols.setDecimalSeparator(indonesian ? ',' : '.');
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols);
        return format.format(amount);
    }

    /** A count or other plain number in the reader's language: {@code 1.234} (id), {@code 1,234} (en). */
    public String count(long value) {
        return number(BigDecimal.valueOf(value), LocaleContextHolder.getLocale());
    }

    /** {@code 15.000} or {@code 15.000,50}: the Indonesian way, no decimals when they are zero. */
    public static String number(BigDecimal amount) {
        return number(amount, INDONESIAN);
    }

    private static boolean isIndonesian(Locale locale) {
        return locale != null && ("id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()));
    }

    public String time(Instant instant) {
        if (instant == null) {
            return "–";
        }
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", LocaleContextHolder.getLocale())
                .format(instant.atZone(zone)) + " " + zoneLabel();
    }

    public String time(Optional<Instant> instant) {
        return time(instant.orElse(null));
    }

    private String zoneLabel() {
        return "Asia/Jakarta".equals(zone.getId()) ? "WIB" : zone.getId();
    }

    public String statusClass(PaymentStatus status) {
        if (status == null) {
            return "text-bg-secondary";
        }
        return switch (status) {
            case PAID -> "text-bg-success";
            case FAILED -> "text-bg-danger";
            case EXPIRED, CANCELLED -> "text-bg-secondary";
            case PAYING -> "text-bg-info";
            case OPEN -> "text-bg-primary";
            case PENDING -> "text-bg-warning";
        };
    }

    /** The badge of a merchant notification: delivered green, dead red, still due amber, superseded grey. */
    public String outboxStatusClass(MerchantNotification.Status status) {
        if (status == null) {
            return "text-bg-secondary";
        }
        return switch (status) {
            case DELIVERED -> "text-bg-success";
            case DEAD -> "text-bg-danger";
            case DUE -> "text-bg-warning";
            case SUPERSEDED -> "text-bg-secondary";
        };
    }

    /** A link we let people click: http(s) only, so a gateway's odd value cannot become a javascript: link. */
    public String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }

    /** A data: image a gateway handed us (Cashi's QR), shown as is; anything else is not an image source. */
    public String dataImage(String url) {
        return url != null && url.startsWith("data:image/") ? url : null;
    }

    /** {@code 0812****5678}: enough to recognise a number in a list, not enough to copy it. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        if (phone.length() <= 6) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 4) + "*".repeat(phone.length() - 8 > 0 ? phone.length() - 8 : 2)
                + phone.substring(Math.max(4, phone.length() - 4));
    }

    public String phone(String phone) {
        return maskPhone(phone);
    }
}
