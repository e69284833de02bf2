package id.kasir.web.admin.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kasir.application.testing.TestKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.web.admin.PortalFixtures;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The header's search box, {@code /admin/find?q=}, with each kind of reference ops type in. */
@SpringBootTest
@AutoConfigureMockMvc
class FindPageTest {

    private static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestKasir kasir;

    private Payment payment(String orderId, String phone) {
        return kasir.createPayment.create(new NewPayment(orderId, GatewayId.of("cashi"), PaymentMethod.QRIS,
                Money.idr(15_042), kasir.clock.instant().plus(Duration.ofHours(1)),
                new Customer(null, phone, "Siti", null), null, null, null), Actor.merchant("shop")).payment();
    }

    private void leadsTo(String typed, Payment payment) throws Exception {
        mvc.perform(get("/admin/find").param("q", typed).with(VIEWER))
                .andExpect(redirectedUrl("/admin/payments/" + payment.id().value()));
    }

    private String answers(String typed) throws Exception {
        return mvc.perform(get("/admin/find").param("q", typed).param("lang", "en").with(VIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void eachKindOfReferenceLeadsStraightToItsPayment() throws Exception {
        String orderId = PortalFixtures.unique("Toko-Find");
        Payment p = payment(orderId, "0813-9876-5432");
        Payment loaded = kasir.findPayments.byId(p.id());

        leadsTo(p.id().value(), p);
        leadsTo(orderId, p);
        leadsTo(orderId.toUpperCase(Locale.ROOT), p);
        leadsTo(orderId.substring(0, orderId.length() - 3).toLowerCase(Locale.ROOT), p);
        leadsTo(loaded.reference(), p);
        leadsTo(loaded.reference().toLowerCase(Locale.ROOT), p);
        leadsTo(loaded.gatewayReference().orElseThrow(), p);
        leadsTo("081398765432", p);
        leadsTo("6281398765432", p);
        leadsTo("+62 813-9876-5432", p);
    }

    @Test
    void aPrefixOfSeveralOrdersListsThemWithTheirCountAndTheOpenExceptionMarker() throws Exception {
        String prefix = PortalFixtures.unique("BATCH");
        Payment first = payment(prefix + "-1", null);
        payment(prefix + "-2", null);
        kasir.opsExceptions.raise(OpsExceptionType.AMOUNT_MISMATCH, first.id().value(), "find-" + prefix,
                "Gateway reports IDR 15000.00 paid", kasir.clock.instant());

        String html = answers(prefix.toLowerCase(Locale.ROOT));

        assertThat(html).contains("id=\"find-many\"").contains("2 payments match")
                .contains(prefix + "-1").contains(prefix + "-2").contains("IDR 15,042").contains("Amount to pay");
        assertThat(html.split("class=\"badge text-bg-danger ms-1 open-exception-marker\"", -1)).hasSize(2);
    }

    @Test
    void nothingFoundAndTooLongAreSaidInThePage() throws Exception {
        assertThat(answers("NOTHING-LIKE-THIS")).contains("id=\"find-nothing\"");
        assertThat(answers("x".repeat(65))).contains("id=\"find-too-long\"").doesNotContain("at id.kasir");
        mvc.perform(get("/admin/find").param("q", " ").with(VIEWER)).andExpect(redirectedUrl("/admin/payments"));
    }
}
