package id.kasir.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kasir.application.testing.TestKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.payment.Payment;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The payment page says, at the top and in WIB, until when the payment can be paid. */
@SpringBootTest
@AutoConfigureMockMvc
class PaymentExpiryLineTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestKasir kasir;

    private String page(Payment payment, String lang) throws Exception {
        return mvc.perform(get("/admin/payments/" + payment.id().value()).param("lang", lang)
                        .with(user("vera").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String wib(Payment payment, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", locale)
                .format(payment.expiresAt().atZone(ZoneId.of("Asia/Jakarta"))) + " WIB";
    }

    @Test
    void anOpenPaymentSaysUntilWhenItIsPayableInWibInBothLanguages() throws Exception {
        Payment p = PortalFixtures.openPayment(kasir, PortalFixtures.unique("EXPIRY"), 15000);

        assertThat(page(p, "en")).contains("<p class=\"fs-5 mb-3\" id=\"expiry-line\">Payable until "
                + wib(p, Locale.ENGLISH) + "</p>");
        assertThat(page(p, "id")).contains("id=\"expiry-line\">Dapat dibayar sampai "
                + wib(p, Locale.forLanguageTag("id")) + "</p>");
    }

    @Test
    void aFinishedPaymentSaysWhatTheDeadlineWas() throws Exception {
        Payment p = PortalFixtures.openPayment(kasir, PortalFixtures.unique("EXPIRY-DONE"), 15000);
        kasir.cancelPayment.cancel(p.id(), Actor.operator("otto"), "customer left", "127.0.0.1");

        assertThat(page(p, "en")).contains("id=\"expiry-line\">The deadline to pay was " + wib(p, Locale.ENGLISH) + "</p>");
    }
}
