package id.kasir.web.admin.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kasir.application.payout.PayoutRequest;
import id.kasir.application.testing.FakePayoutGateway;
import id.kasir.application.testing.TestPayoutKasir;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutStatus;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The payout pages and actions over the in-memory Kasir: who may do what, and what each click does. */
@SpringBootTest
@AutoConfigureMockMvc
class PayoutPortalPagesTest {

    private static final RequestPostProcessor FINA = user("fina").roles("FINANCE");
    private static final RequestPostProcessor ABDI = user("abdi").roles("APPROVER");
    private static final RequestPostProcessor FAY = user("fay").roles("FINANCE", "APPROVER");
    private static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");
    private static final RequestPostProcessor ADMIN = user("root").roles("ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPayoutKasir kasir;
    @Autowired
    FakePayoutGateway gateway;

    @AfterEach
    void resetGateway() {
        gateway.reset();
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Payout requested(String expectedName, String maker) {
        return kasir.request.request(new PayoutRequest(TestPayoutKasir.newPayout(50_000, "6281234567890", expectedName),
                null), id.kasir.domain.common.Actor.operator(maker), null).payout();
    }

    private List<String> audit() {
        return kasir.audit.recent(null, 20).stream().map(e -> e.entry().action() + ":" + e.entry().actor().name()).toList();
    }

    @Test
    void everyPayoutPageRendersWithoutInlineScriptsOrStylesAndShowsNoWholeNumberButOnTheConfirmation() throws Exception {
        Payout payout = requested("John Doe", "fina");
        Pattern script = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>");
        for (String[] visit : new String[][]{{"/admin/payouts", "v"}, {"/admin/payouts/" + payout.id().value(), "v"},
                {"/admin/payouts/new", "f"}, {"/admin/payouts/" + payout.id().value() + "/approve", "a"}}) {
            String html = page(visit[0], visit[1].equals("f") ? FINA : visit[1].equals("a") ? ABDI : VIEWER);
            assertThat(html).as(visit[0]).doesNotContain("style=").doesNotContainPattern("\\son[a-z]+=");
            Matcher inline = script.matcher(html);
            assertThat(inline.find()).as(visit[0] + " has an inline script").isFalse();
            if (!visit[1].equals("a")) {
                assertThat(html).as(visit[0]).doesNotContain("6281234567890");
            }
        }
    }

    @Test
    void theListShowsTotalsAndWhatIsLeftOfTodaysLimit() throws Exception {
        requested("John Doe", "fina");

        String html = page("/admin/payouts?status=AWAITING_APPROVAL", VIEWER);

        assertThat(html).contains("id=\"daily-remaining\"").contains("IDR 100,000,000")
                .contains("data-status=\"AWAITING_APPROVAL\"").contains("6281****7890").doesNotContain("id=\"new-payout\"");
        assertThat(page("/admin/payouts", FINA)).contains("id=\"new-payout\"");
        assertThat(page("/admin/payouts?from=yesterday", VIEWER)).contains("id=\"filter-error\"");
    }

    @Test
    void onlyFinanceOpensTheNewPayoutFormAndOnlyAnApproverDecides() throws Exception {
        Payout payout = requested(null, "fina");
        mvc.perform(get("/admin/payouts/new").with(ABDI)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/payouts/new").with(ADMIN)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/payouts/" + payout.id().value() + "/approve").with(FINA)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/payouts/" + payout.id().value() + "/approve").with(FINA).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/payouts/" + payout.id().value() + "/approve").with(ABDI))
                .andExpect(status().isForbidden());
        assertThat(kasir.current(payout).status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
    }

    @Test
    void theInquiryShowsTheConfirmedNameBeforeAnythingCanBeRequested() throws Exception {
        String form = page("/admin/payouts/new", FINA);
        assertThat(form).contains("id=\"payout-inquiry\"").doesNotContain("id=\"payout-request\"");

        String confirmed = mvc.perform(post("/admin/payouts/inquiry").with(FINA).with(csrf())
                        .param("channel", "OVO").param("customerNumber", "6281111111111").param("amount", "50.000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirmed).contains("id=\"confirmed-name\">Siti Aminah<").contains("id=\"payout-request\"");

        String unknown = mvc.perform(post("/admin/payouts/inquiry").with(FINA).with(csrf())
                        .param("channel", "OVO").param("customerNumber", "6287777777777").param("amount", "50000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("id=\"form-error\"").doesNotContain("id=\"payout-request\"");
        assertThat(audit()).contains("payout.inquire:fina");
    }

    @Test
    void aFinancePersonRequestsAPayoutThatWaitsForApproval() throws Exception {
        String reference = "PORTAL-" + UUID.randomUUID().toString().substring(0, 8);

        mvc.perform(post("/admin/payouts").with(FINA).with(csrf()).param("channel", "DANA")
                        .param("customerNumber", "6281234567890").param("amount", "75000").param("reference", reference)
                        .param("expectedName", "Budi Santoso"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/admin/payouts/*"));

        Payout payout = kasir.find.byReference(reference);
        assertThat(payout.status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
        assertThat(payout.beneficiary().confirmedName()).isEqualTo("John Doe");
        String detail = page("/admin/payouts/" + payout.id().value(), ABDI);
        assertThat(detail).contains("id=\"payout-confirmed-name\">John Doe<").contains("differs from the expected name")
                .contains("id=\"decide\"");
        assertThat(audit()).contains("payout.request:fina");
    }

    @Test
    void aRequestTheUseCaseRefusesIsShownOnTheFormAgain() throws Exception {
        String html = mvc.perform(post("/admin/payouts").with(FINA).with(csrf()).param("channel", "DANA")
                        .param("customerNumber", "6281234567890").param("amount", "500").param("reference", "TOO-SMALL"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"form-error\"").contains("smallest payout");
    }

    @Test
    void theConfirmationRepeatsAmountChannelNumberAndNameAndAsksToAcknowledgeADifferentName() throws Exception {
        Payout payout = requested("Budi Santoso", "fina");

        String html = page("/admin/payouts/" + payout.id().value() + "/approve", ABDI);

        assertThat(html).contains("id=\"confirm-amount\">IDR 50,000<").contains("id=\"confirm-channel\">DANA<")
                .contains("id=\"confirm-number\">6281234567890<").contains("id=\"confirm-name\">John Doe<")
                .contains("id=\"acknowledgeNameMismatch\"").contains("Send IDR 50,000 to DANA 6281234567890, held by John Doe?");
    }

    @Test
    void approvingWithoutAcknowledgingTheNameIsRefusedAndWithItSendsTheTransfer() throws Exception {
        Payout payout = requested("Budi Santoso", "fina");
        String url = "/admin/payouts/" + payout.id().value();

        mvc.perform(post(url + "/approve").with(ABDI).with(csrf()))
                .andExpect(redirectedUrl(url)).andExpect(flash().attributeExists("flashError"));
        assertThat(kasir.current(payout).status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);

        mvc.perform(post(url + "/approve").with(ABDI).with(csrf()).param("acknowledgeNameMismatch", "true")
                        .param("reason", "called the customer").param("version", String.valueOf(kasir.current(payout).version())))
                .andExpect(redirectedUrl(url)).andExpect(flash().attributeExists("flashSuccess"));

        assertThat(kasir.current(payout).status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(gateway.transfers).extracting(t -> t.payoutId()).contains(payout.id());
        assertThat(audit()).contains("payout.approve:abdi");
    }

    @Test
    void theMakerApprovingTheirOwnPayoutIsRefusedOverHttpWhateverRolesTheyHold() throws Exception {
        Payout payout = requested(null, "fay");
        String url = "/admin/payouts/" + payout.id().value();

        assertThat(page(url + "/approve", FAY)).contains("id=\"maker-cannot-decide\"").doesNotContain("id=\"approve-form\"");
        mvc.perform(post(url + "/approve").with(FAY).with(csrf()))
                .andExpect(redirectedUrl(url)).andExpect(flash().attribute("flashError",
                        "The maker of a payout cannot approve or reject it: another person must"));

        assertThat(kasir.current(payout).status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
        assertThat(gateway.transfers).extracting(t -> t.payoutId()).doesNotContain(payout.id());
    }

    @Test
    void anApproverRejectsWithAReason() throws Exception {
        Payout payout = requested(null, "fina");
        String url = "/admin/payouts/" + payout.id().value();

        mvc.perform(post(url + "/reject").with(ABDI).with(csrf()).param("reason", "wrong customer"))
                .andExpect(redirectedUrl(url));

        assertThat(kasir.current(payout).status()).isEqualTo(PayoutStatus.REJECTED);
        assertThat(page(url, VIEWER)).contains("wrong customer").contains("id=\"payout-status\"");
    }

    @Test
    void anOperatorAsksTheGatewayForASentPayoutsStatus() throws Exception {
        Payout payout = requested(null, "fina");
        kasir.approve.approve(payout.id(), TestPayoutKasir.ABDI, new id.kasir.application.payout.ApprovePayout.Approval(
                false, null, null), null);
        String url = "/admin/payouts/" + payout.id().value();

        mvc.perform(post(url + "/refresh").with(user("otto").roles("OPERATOR")).with(csrf()))
                .andExpect(redirectedUrl(url)).andExpect(flash().attributeExists("flashSuccess"));

        assertThat(kasir.current(payout).status()).isEqualTo(PayoutStatus.SUCCEEDED);
        mvc.perform(post(url + "/refresh").with(VIEWER).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void thePagesSpeakBahasaIndonesia() throws Exception {
        assertThat(page("/admin/payouts?lang=id", VIEWER)).contains("Pencairan").contains("Sisa hari ini");
        mvc.perform(get("/admin/payouts/" + UUID.randomUUID()).with(VIEWER)).andExpect(status().isNotFound());
    }
}
