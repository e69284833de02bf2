package id.kasir.web.admin.payments;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.domain.common.Actor;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.EventText;
import id.kasir.domain.payment.PaymentEvent;
import id.kasir.domain.payment.PaymentEventType;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.web.admin.AdminPortalProperties;
import id.kasir.web.admin.portal.Formats;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Timeline lines from their codes, in both languages, and the fallbacks that keep every line readable. */
class TimelineTextsTest {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final Instant AT = Instant.parse("2026-11-30T03:00:00Z");

    private final TimelineTexts texts = new TimelineTexts(bundles(),
            new Formats(new AdminPortalProperties(null, null, null, null, null, null)));

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("id/kasir/web/admin/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static PaymentEvent event(PaymentEventType type, String summary, EventText text) {
        return new PaymentEvent(type, PaymentStatus.OPEN, PaymentStatus.PAID, Actor.gateway("cashi"), summary, null,
                AT, text);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void amountsStatusesTimesAndCodesAreWrittenTheReadersWay() {
        LocaleContextHolder.setLocale(ID);
        PaymentEvent mismatch = event(PaymentEventType.AMOUNT_MISMATCH, "Gateway reports IDR 15000.00 paid, …",
                EventText.of("amount-mismatch", Money.idr(15_000), Money.idr(15_042)));
        PaymentEvent flagged = event(PaymentEventType.STATUS_CHANGED, "Gateway query says SETTLED (paid after expiry)",
                EventText.of("gateway-says-flagged", EventText.key("source.QUERY"), "SETTLED", PaymentStatus.PAID,
                        EventText.key("flag.paid-after-expiry")));
        PaymentEvent expired = event(PaymentEventType.STATUS_CHANGED, "Expired: not paid by …",
                EventText.of("expired", AT));

        assertThat(texts.text(mismatch, ID)).isEqualTo("Gateway melaporkan pembayaran Rp 15.000, seharusnya Rp 15.042: "
                + "tidak diterapkan, diteruskan ke tim operasional");
        assertThat(texts.text(flagged, ID)).isEqualTo("Jawaban gateway atas pengecekan kami menyatakan SETTLED, "
                + "menjadi Lunas (dibayar setelah kedaluwarsa)");
        assertThat(texts.text(expired, ID)).isEqualTo("Kedaluwarsa: tidak dibayar sampai 30 Nov 2026 10:00:00 WIB");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.text(mismatch, Locale.ENGLISH))
                .isEqualTo("The gateway reports IDR 15,000 paid, expected IDR 15,042: not applied, sent to ops");
        assertThat(texts.kind("AMOUNT_MISMATCH", ID)).isEqualTo("Selisih jumlah");
    }

    @Test
    void oldLinesUnknownCodesUnknownKindsAndUnreadableArgumentsFallBackToTheStoredSummary() {
        PaymentEvent old = event(PaymentEventType.STATUS_CHANGED, "Written before codes", null);
        PaymentEvent newer = event(PaymentEventType.STATUS_CHANGED, "A newer kind of line",
                new EventText("report-settled", List.of("x:2026-11-30")));
        PaymentEvent broken = event(PaymentEventType.AMOUNT_MISMATCH, "Stored summary",
                new EventText("amount-mismatch", List.of("m:lots", "m:IDR 1.00")));

        assertThat(texts.text(old, ID)).isEqualTo("Written before codes");
        assertThat(texts.text(newer, ID)).isEqualTo("A newer kind of line");
        assertThat(texts.text(broken, ID)).isEqualTo("Stored summary");
        assertThat(texts.kind("REPORT_RECEIVED", ID)).isEqualTo("REPORT_RECEIVED");
    }
}
