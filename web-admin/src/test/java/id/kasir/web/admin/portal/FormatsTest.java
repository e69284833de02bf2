package id.kasir.web.admin.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.domain.money.Money;
import id.kasir.web.admin.AdminPortalProperties;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTest {

    private final Formats formats = new Formats(new AdminPortalProperties(null, null, null, null, null, null));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void inBahasaIndonesiaRupiahAreRpWithDotsAndNoDecimalsWhenThereAreNone() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
        assertThat(formats.money(Money.idr(15000))).isEqualTo("Rp 15.000");
        assertThat(formats.money(Money.idr(1_234_567))).isEqualTo("Rp 1.234.567");
        assertThat(formats.money(Money.idr("15000.50"))).isEqualTo("Rp 15.000,50");
        assertThat(formats.money(Money.idr(0))).isEqualTo("Rp 0");
        assertThat(formats.money((Money) null)).isEqualTo("–");
        assertThat(formats.count(12_345)).isEqualTo("12.345");
    }

    @Test
    void inEnglishRupiahAreIdrWithCommas() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.money(Money.idr(15000))).isEqualTo("IDR 15,000");
        assertThat(formats.money(Money.idr(1_234_567))).isEqualTo("IDR 1,234,567");
        assertThat(formats.money(Money.idr("15000.50"))).isEqualTo("IDR 15,000.50");
        assertThat(formats.count(12_345)).isEqualTo("12,345");
    }

    @Test
    void timesAreShownInJakarta() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.time(Instant.parse("2026-11-21T17:30:00Z"))).isEqualTo("22 Nov 2026 00:30:00 WIB");
    }

    @Test
    void onlyWebLinksAreClickable() {
        assertThat(formats.safeUrl("https://pay.example/x")).isEqualTo("https://pay.example/x");
        assertThat(formats.safeUrl("javascript:alert(1)")).isNull();
        assertThat(formats.dataImage("data:image/png;base64,AA")).isEqualTo("data:image/png;base64,AA");
        assertThat(formats.dataImage("data:text/html,x")).isNull();
    }

    @Test
    void phoneNumbersAreMaskedInLists() {
        assertThat(Formats.maskPhone("081234567890")).isEqualTo("0812****7890");
        assertThat(Formats.maskPhone("12345")).isEqualTo("*****");
        assertThat(Formats.maskPhone(null)).isEmpty();
    }
}
