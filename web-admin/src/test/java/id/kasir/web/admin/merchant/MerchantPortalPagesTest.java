package id.kasir.web.admin.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kasir.application.merchant.ApiKey;
import id.kasir.application.merchant.ApiKeyFormat;
import id.kasir.application.merchant.MerchantNotification;
import id.kasir.application.testing.InMemoryApiKeys;
import id.kasir.application.testing.InMemoryMerchantNotificationOutbox;
import id.kasir.application.testing.TestKasir;
import id.kasir.web.admin.PortalFixtures;
import id.kasir.domain.payment.Payment;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The merchant pages: API keys (shown once, revoked after a confirmation) and the merchant outbox. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class MerchantPortalPagesTest {

    private static final RequestPostProcessor OPERATOR = user("otto").roles("OPERATOR");
    private static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");
    private static final RequestPostProcessor ADMIN = user("root").roles("ADMIN");
    private static final Pattern ISSUED_KEY = Pattern.compile("kasir_test_[A-Za-z0-9_-]{43}");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestKasir kasir;
    @Autowired
    InMemoryApiKeys apiKeys;
    @Autowired
    InMemoryMerchantNotificationOutbox outbox;

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private List<String> auditActions() {
        return kasir.audit.recent(null, 50).stream().map(e -> e.entry().action() + ":" + e.entry().target()).toList();
    }

    private MockHttpServletResponse createKey(String name, String lang) throws Exception {
        return mvc.perform(post("/admin/api-keys").param("name", name).param("lang", lang).with(csrf()).with(ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse();
    }

    private static String plaintextIn(String html) {
        Matcher key = ISSUED_KEY.matcher(html);
        assertThat(key.find()).as("the page shows the new key").isTrue();
        return key.group();
    }

    private static void assertNoInlineScriptOrStyle(String what, String html) {
        assertThat(html).as(what).doesNotContain("style=").doesNotContainPattern("\\son[a-z]+=");
        assertThat(INLINE_SCRIPT.matcher(html).find()).as(what + " has an inline script").isFalse();
    }

    @Test
    void aNewKeyIsShownOnceUncachedAndNeverAgain(CapturedOutput output) throws Exception {
        String name = PortalFixtures.unique("web shop");
        MockHttpServletResponse created = createKey(name, "en");
        String html = created.getContentAsString();
        String plaintext = plaintextIn(html);

        assertThat(created.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(html).contains("id=\"api-key-once\"").contains("it will not be shown again").contains(name);
        ApiKey stored = apiKeys.all().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
        assertThat(stored.hash()).isEqualTo(ApiKeyFormat.hashOf(plaintext)).doesNotContain(plaintext);
        assertThat(stored.prefix()).isEqualTo(ApiKeyFormat.prefixOf(plaintext));

        String list = page("/admin/api-keys", ADMIN);
        assertThat(list).contains(name).contains(stored.prefix() + "…").doesNotContain(plaintext);
        assertThat(ISSUED_KEY.matcher(list).find()).isFalse();
        assertThat(auditActions()).contains("api-key.issue:" + stored.id());
        assertThat(kasir.audit.recent(null, 50)).noneMatch(e -> String.valueOf(e.entry().detail()).contains(plaintext));
        assertThat(output.getAll()).doesNotContain(plaintext);
    }

    @Test
    void aKeyWithoutANameIsRefusedWithAMessage() throws Exception {
        int before = apiKeys.all().size();
        mvc.perform(post("/admin/api-keys").param("name", "  ").with(csrf()).with(ADMIN))
                .andExpect(redirectedUrl("/admin/api-keys")).andExpect(flash().attributeExists("flashError"));
        assertThat(apiKeys.all()).hasSize(before);
    }

    @Test
    void anAdminRevokesAKeyAfterConfirmingAndTheKeyStaysListedAsRevoked() throws Exception {
        String name = PortalFixtures.unique("old till");
        plaintextIn(createKey(name, "en").getContentAsString());
        ApiKey key = apiKeys.all().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
        assertThat(page("/admin/api-keys", ADMIN)).contains("id=\"revoke-" + key.id() + "\"");

        String confirm = page("/admin/api-keys/" + key.id() + "/revoke", ADMIN);
        assertThat(confirm).contains("id=\"revoke-api-key-confirm\"").contains(name).contains("name=\"_csrf\"");
        assertThat(apiKeys.byId(key.id()).orElseThrow().isActive()).isTrue();

        mvc.perform(post("/admin/api-keys/" + key.id() + "/revoke").with(csrf()).with(ADMIN))
                .andExpect(redirectedUrl("/admin/api-keys")).andExpect(flash().attributeExists("flashSuccess"));

        assertThat(apiKeys.byId(key.id()).orElseThrow().revokedAt()).isEqualTo(kasir.clock.instant());
        assertThat(auditActions()).contains("api-key.revoke:" + key.id());
        assertThat(page("/admin/api-keys", ADMIN)).contains(name).contains("revoked")
                .doesNotContain("id=\"revoke-" + key.id() + "\"");
        mvc.perform(post("/admin/api-keys/" + key.id() + "/revoke").with(csrf()).with(ADMIN))
                .andExpect(redirectedUrl("/admin/api-keys")).andExpect(flash().attributeExists("flashError"));
        mvc.perform(get("/admin/api-keys/" + key.id() + "/revoke").with(ADMIN))
                .andExpect(redirectedUrl("/admin/api-keys"));
    }

    @Test
    void anUnknownKeyOrNotificationGetsTheFriendlyNotFoundPage() throws Exception {
        mvc.perform(get("/admin/api-keys/999999/revoke").with(ADMIN)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/merchant-notifications/999999").with(VIEWER)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/merchant-notifications/not-a-number").with(VIEWER)).andExpect(status().isNotFound());
    }

    @Test
    void theOutboxListsEachNotificationAndFiltersByStatus() throws Exception {
        Payment p = PortalFixtures.openPayment(kasir, PortalFixtures.unique("OUT"), 15000);
        MerchantNotification dead = MerchantOutboxFixtures.dead(outbox, "payment.failed", p.id().value(),
                "{\"marker\":\"dead-body\"}", kasir.clock.instant(), "HTTP 503 from the merchant");
        MerchantNotification due = MerchantOutboxFixtures.due(outbox, "payment.paid", p.id().value(),
                "{\"marker\":\"due-body\"}", kasir.clock.instant());

        String all = page("/admin/merchant-notifications", VIEWER);
        assertThat(all).contains(dead.eventId()).contains(due.eventId()).contains("payment.failed")
                .contains("HTTP 503 from the merchant").contains("href=\"/admin/payments/" + p.id().value() + "\"")
                .contains("href=\"/admin/merchant-notifications/" + dead.id() + "\"");
        String onlyDead = page("/admin/merchant-notifications?status=DEAD", VIEWER);
        assertThat(onlyDead).contains(dead.eventId()).doesNotContain(due.eventId());
        assertThat(page("/admin/merchant-notifications?status=due", VIEWER)).contains(due.eventId())
                .doesNotContain(dead.eventId());
        assertThat(page("/admin/merchant-notifications?status=LOST", VIEWER)).contains("id=\"filter-error\"");
    }

    @Test
    void theOutboxPagesOlderRowsWithACursorNewestFirst() throws Exception {
        MerchantNotification oldest = MerchantOutboxFixtures.due(outbox, "payment.expired", null, "{}", kasir.clock.instant());
        for (int i = 0; i < 50; i++) {
            MerchantOutboxFixtures.due(outbox, "payment.paid", null, "{}", kasir.clock.instant());
        }
        String first = page("/admin/merchant-notifications?status=DUE", VIEWER);
        assertThat(first).contains("id=\"merchant-notifications-next\"").doesNotContain(oldest.eventId());
        Matcher next = Pattern.compile("href=\"(/admin/merchant-notifications\\?status=DUE&amp;before=\\d+)\"").matcher(first);
        assertThat(next.find()).isTrue();

        String older = page(next.group(1).replace("&amp;", "&"), VIEWER);
        assertThat(older).contains(oldest.eventId());
    }

    @Test
    void theDetailShowsTheJsonBodyAndAnOperatorSendsADeadOneAgain() throws Exception {
        Payment p = PortalFixtures.openPayment(kasir, PortalFixtures.unique("RESEND"), 15000);
        MerchantNotification dead = MerchantOutboxFixtures.dead(outbox, "payment.paid", p.id().value(),
                "{\"type\":\"payment.paid\",\"marker\":\"json-body-7\"}", kasir.clock.instant(), "connect timed out");

        String detail = page("/admin/merchant-notifications/" + dead.id(), OPERATOR);
        assertThat(detail).contains("json-body-7").contains(dead.eventId()).contains("connect timed out")
                .contains("id=\"resend\"");

        mvc.perform(post("/admin/merchant-notifications/" + dead.id() + "/resend").with(csrf()).with(OPERATOR))
                .andExpect(redirectedUrl("/admin/merchant-notifications/" + dead.id()))
                .andExpect(flash().attributeExists("flashSuccess"));

        MerchantNotification again = outbox.byId(dead.id()).orElseThrow();
        assertThat(again.status()).isEqualTo(MerchantNotification.Status.DUE);
        assertThat(again.eventId()).isEqualTo(dead.eventId());
        assertThat(auditActions()).contains("merchant-notification.resend:" + dead.id());
        assertThat(page("/admin/merchant-notifications/" + dead.id(), OPERATOR)).doesNotContain("id=\"resend\"");
        mvc.perform(post("/admin/merchant-notifications/" + dead.id() + "/resend").with(csrf()).with(OPERATOR))
                .andExpect(flash().attributeExists("flashError"));
    }

    @Test
    void thePaymentPageListsTheMerchantNotificationsAboutIt() throws Exception {
        Payment p = PortalFixtures.openPayment(kasir, PortalFixtures.unique("PAYMN"), 15000);
        Payment quiet = PortalFixtures.openPayment(kasir, PortalFixtures.unique("QUIET"), 15000);
        MerchantNotification dead = MerchantOutboxFixtures.dead(outbox, "payment.expired", p.id().value(), "{}",
                kasir.clock.instant(), "HTTP 500");

        String html = page("/admin/payments/" + p.id().value(), VIEWER);
        assertThat(html).contains("id=\"payment-merchant-notifications\"").contains("payment.expired").contains("DEAD")
                .contains("href=\"/admin/merchant-notifications/" + dead.id() + "\"");
        assertThat(page("/admin/payments/" + quiet.id().value(), VIEWER))
                .contains("id=\"payment-merchant-notifications-empty\"");
    }

    @Test
    void theMerchantPagesHaveNoInlineScriptOrStyle() throws Exception {
        String name = PortalFixtures.unique("csp");
        String issued = createKey(name, "en").getContentAsString();
        ApiKey key = apiKeys.all().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
        MerchantNotification dead = MerchantOutboxFixtures.dead(outbox, "payment.paid", null, "{\"a\":1}",
                kasir.clock.instant(), "HTTP 500");

        assertNoInlineScriptOrStyle("issued key", issued);
        for (String url : List.of("/admin/api-keys", "/admin/api-keys/" + key.id() + "/revoke",
                "/admin/merchant-notifications", "/admin/merchant-notifications/" + dead.id())) {
            assertNoInlineScriptOrStyle(url, page(url, ADMIN));
        }
    }

    @Test
    void theMerchantPagesSpeakBahasaIndonesia() throws Exception {
        String issued = createKey(PortalFixtures.unique("toko"), "id").getContentAsString();
        assertThat(issued).contains("tidak akan ditampilkan lagi").contains("Kunci API baru");
        assertThat(page("/admin/api-keys?lang=id", ADMIN)).contains("Kunci API").contains("Buat kunci");
        assertThat(page("/admin/merchant-notifications?lang=id", VIEWER)).contains("Notifikasi merchant")
                .contains("Percobaan");

        assertThat(page("/admin/api-keys?lang=en", ADMIN)).contains("API keys").contains("Create key");
        assertThat(page("/admin/merchant-notifications?lang=en", VIEWER)).contains("Merchant notifications")
                .contains("Attempts");
    }
}
