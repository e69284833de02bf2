package id.kasir.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kasir.application.operator.ManageOperators;
import id.kasir.application.operator.OperatorAccounts;
import id.kasir.application.operator.OperatorRole;
import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.notification.InboundNotification;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.Verification;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentStatus;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The portal's pages and actions over the in-memory Kasir: what ops people see and what their clicks do. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalPagesTest {

    private static final RequestPostProcessor OPERATOR = user("otto").roles("OPERATOR");
    private static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");
    private static final RequestPostProcessor ADMIN = user("root").roles("ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestKasir kasir;
    @Autowired
    FakePaymentGateway cashi;
    @Autowired
    ManageOperators manage;
    @Autowired
    OperatorAccounts accounts;

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private List<String> auditActions() {
        return kasir.audit.recent(null, 50).stream().map(e -> e.entry().action() + ":" + e.entry().target()).toList();
    }

    @Test
    void everyPageRendersWithoutInlineScriptsOrStyles() throws Exception {
        Payment p = PortalFixtures.openPayment(kasir, PortalFixtures.unique("CSP"), 15000);
        Pattern script = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>");
        for (String url : List.of("/admin", "/admin/payments", "/admin/payments/" + p.id().value(), "/admin/payments/new",
                "/admin/notifications", "/admin/exceptions", "/admin/audit", "/admin/users")) {
            String html = page(url, ADMIN);
            assertThat(html).as(url).doesNotContain("style=").doesNotContainPattern("\\son[a-z]+=");
            Matcher inline = script.matcher(html);
            assertThat(inline.find()).as(url + " has an inline script").isFalse();
        }
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString()).doesNotContain("style=");
    }

    @Test
    void findsAPaymentByItsOrderIdAndShowsItsAmountTheIndonesianWay() throws Exception {
        Payment p = PortalFixtures.openPayment(kasir, PortalFixtures.unique("FIND"), 1_515_000);

        mvc.perform(get("/admin/find").param("q", p.orderId()).with(VIEWER))
                .andExpect(redirectedUrl("/admin/payments/" + p.id().value()));
        String list = page("/admin/payments?lang=id&orderId=" + p.orderId(), VIEWER);
        assertThat(list).contains(p.orderId()).contains("Rp 1.515.000").contains("0812****7890");
        assertThat(page("/admin/payments?lang=en&orderId=" + p.orderId(), VIEWER)).contains("IDR 1,515,000")
                .doesNotContain("Rp 1.515.000");
        String detail = page("/admin/payments/" + p.id().value() + "?lang=id", VIEWER);
        assertThat(detail).contains("Pembayaran Rp 1.515.000 diminta melalui cashi dengan QRIS")
                .contains("Gateway menerbitkan tagihan").contains("Status berubah").contains("Belum dibayar")
                .doesNotContain("requested at").doesNotContain("Gateway issued").doesNotContain("IDR 1515000");
        assertThat(page("/admin/payments/" + p.id().value() + "?lang=en", VIEWER))
                .contains("Payment of IDR 1,515,000 requested at cashi by QRIS").contains("The gateway issued the payment");
        assertThat(detail).contains("Rp 1.515.000").contains("081234567890").contains("https://pay.example/")
                .contains("WIB").contains("id=\"timeline\"").contains("STATUS_CHANGED").contains("GATEWAY_CALL");
    }

    @Test
    void anUnknownOrderIdIsAnsweredWithAFriendlyEmptyState() throws Exception {
        assertThat(page("/admin/find?q=NO-SUCH-ORDER", VIEWER)).contains("id=\"find-nothing\"")
                .contains("No payment found for \u201cNO-SUCH-ORDER\u201d");
        assertThat(page("/admin/payments?orderId=NO-SUCH-ORDER", VIEWER)).contains("id=\"payments-empty\"");
    }

    @Test
    void aBadFilterIsExplainedInsteadOfFailing() throws Exception {
        assertThat(page("/admin/payments?minAmount=lots&from=yesterday", VIEWER)).contains("id=\"filter-error\"");
        assertThat(page("/admin/payments?from=yesterday&lang=id", VIEWER))
                .contains("\u201cyesterday\u201d bukan tanggal").doesNotContain("must look like");
        assertThat(page("/admin/payments?minAmount=lots&lang=id", VIEWER))
                .contains("\u201clots\u201d bukan nominal rupiah").doesNotContain("must be an amount");
        assertThat(page("/admin/payments?minAmount=lots&lang=en", VIEWER))
                .contains("\u201clots\u201d is not an amount in rupiah");
    }

    @Test
    void aPaymentThatDoesNotExistGetsAFriendlyNotFoundPage() throws Exception {
        String html = mvc.perform(get("/admin/payments/00000000-0000-0000-0000-000000000000").with(VIEWER))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("We could not find").doesNotContain("Exception").doesNotContain("at id.kasir");
    }

    @Test
    void askingTheGatewayShowsItsWordBesideOursAndChangesNothingUntilApplied() throws Exception {
        Payment p = PortalFixtures.openPayment(kasir, PortalFixtures.unique("ASK"), 20000);
        cashi.queryAnswers(GatewayReport.of(PaymentStatus.PAID, Money.idr(20000), GatewayReport.Source.QUERY)
                .withGatewayStatus("SUCCESS"));
        try {
            String asked = mvc.perform(post("/admin/payments/" + p.id().value() + "/ask").with(csrf()).with(OPERATOR))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(asked).contains("id=\"gateway-word\"").contains("id=\"gateway-status\"").contains("SUCCESS")
                    .contains("id=\"apply-gateway-word\"");
            assertThat(kasir.findPayments.byId(p.id()).status()).isEqualTo(PaymentStatus.OPEN);

            mvc.perform(post("/admin/payments/" + p.id().value() + "/apply").with(csrf()).with(OPERATOR))
                    .andExpect(redirectedUrl("/admin/payments/" + p.id().value()));
            assertThat(kasir.findPayments.byId(p.id()).status()).isEqualTo(PaymentStatus.PAID);
            assertThat(auditActions()).contains("payment.ask:" + p.id().value(), "payment.requery:" + p.id().value());
            AuditTrail.StoredAuditEntry last = kasir.audit.recent(null, 1).get(0);
            assertThat(last.entry().actor().asText()).isEqualTo("OPERATOR:otto");
            assertThat(last.entry().sourceAddress()).isEqualTo("127.0.0.1");
            assertThat(page("/admin/payments/" + p.id().value(), VIEWER)).contains("OPERATOR:otto");
        } finally {
            cashi.onQuery(lookup -> id.kasir.domain.gateway.GatewayCallResult.unknown("no query scripted",
                    id.kasir.domain.gateway.GatewayExchange.none("query")));
        }
    }

    @Test
    void anOperatorCancelsAnOpenPaymentWithAReason() throws Exception {
        Payment p = PortalFixtures.openPayment(kasir, PortalFixtures.unique("CANCEL"), 20000);

        mvc.perform(post("/admin/payments/" + p.id().value() + "/cancel").param("reason", "customer called it off")
                .with(csrf()).with(OPERATOR))
                .andExpect(redirectedUrl("/admin/payments/" + p.id().value() + "/cancel?reason=customer+called+it+off"));
        assertThat(kasir.findPayments.byId(p.id()).status()).as("not without the confirmation").isEqualTo(PaymentStatus.OPEN);

        mvc.perform(post("/admin/payments/" + p.id().value() + "/cancel").param("reason", "customer called it off")
                .param("confirm", "yes").with(csrf()).with(OPERATOR))
                .andExpect(redirectedUrl("/admin/payments/" + p.id().value()));

        assertThat(kasir.findPayments.byId(p.id()).status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(auditActions()).filteredOn(("payment.cancel:" + p.id().value())::equals).hasSize(1);
        assertThat(page("/admin/payments/" + p.id().value() + "?lang=id", VIEWER))
                .contains("id=\"status-reason\" class=\"kasir-break\">Dibatalkan: customer called it off<");
        assertThat(page("/admin/payments/" + p.id().value() + "?lang=en", VIEWER))
                .contains("id=\"status-reason\" class=\"kasir-break\">Cancelled: customer called it off<");
    }

    @Test
    void theCancelConfirmationSaysTheGatewayIsNotToldAndTheQrStaysPayable() throws Exception {
        Payment p = PortalFixtures.openPayment(kasir, PortalFixtures.unique("CONFIRM"), 20000);

        String html = page("/admin/payments/" + p.id().value() + "/cancel?reason=wrong-table", OPERATOR);

        assertThat(html).contains("id=\"cancel-gateway-not-told\"").contains("is not told")
                .contains("id=\"cancel-still-payable\"").contains("becomes PAID").contains("value=\"wrong-table\"")
                .contains("name=\"confirm\" value=\"yes\"");
        assertThat(kasir.findPayments.byId(p.id()).status()).isEqualTo(PaymentStatus.OPEN);
    }

    @Test
    void cancellingWithoutAReasonIsRefusedPolitely() throws Exception {
        Payment p = PortalFixtures.openPayment(kasir, PortalFixtures.unique("NOREASON"), 20000);

        mvc.perform(post("/admin/payments/" + p.id().value() + "/cancel").param("confirm", "yes").with(csrf())
                .with(OPERATOR)).andExpect(redirectedUrl("/admin/payments/" + p.id().value() + "/cancel"));

        assertThat(kasir.findPayments.byId(p.id()).status()).isEqualTo(PaymentStatus.OPEN);
    }

    @Test
    void anOperatorCreatesAPaymentByHandAndLandsOnItsPageWithTheLink() throws Exception {
        String orderId = PortalFixtures.unique("PHONE");
        String location = mvc.perform(post("/admin/payments").param("gatewayMethod", "cashi:CHECKOUT_PAGE")
                        .param("orderId", orderId).param("amount", "25.000").param("expiryMinutes", "30")
                        .param("customerPhone", "081200001111").with(csrf()).with(OPERATOR))
                .andExpect(redirectedUrlPattern("/admin/payments/*")).andReturn().getResponse().getRedirectedUrl();

        Payment created = kasir.findPayments.byOrderId(orderId);
        assertThat(created.amount()).isEqualTo(Money.idr(25000));
        assertThat(created.expiresAt()).isEqualTo(kasir.clock.instant().plusSeconds(1800));
        assertThat(page(location, OPERATOR)).contains("id=\"checkout-link\"").contains("IDR 25,000");
        assertThat(auditActions()).contains("payment.create:" + created.id().value());
    }

    @Test
    void aPaymentTheGatewayCannotTakeIsShownAsAFormError() throws Exception {
        String html = mvc.perform(post("/admin/payments").param("gatewayMethod", "cashi:VA").param("amount", "25000")
                .param("expiryMinutes", "30").with(csrf()).with(OPERATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"form-error\"").contains("does not offer VA");
    }

    @Test
    void theQrImageIsRenderedServerSideForAQrisPayment() throws Exception {
        cashi.onCreate(request -> id.kasir.domain.gateway.GatewayCallResult.accepted(
                new id.kasir.domain.gateway.GatewayPaymentCreated("GW-" + request.reference(), request.amount(), null,
                        new id.kasir.domain.payment.PaymentInstructions(null, "00020101021226", null, null)),
                new id.kasir.domain.gateway.GatewayExchange("create", "{}", "{}", 200, null)));
        Payment p;
        try {
            p = PortalFixtures.openPayment(kasir, PortalFixtures.unique("QR"), 20000);
        } finally {
            cashi.onCreate(request -> id.kasir.domain.gateway.GatewayCallResult.accepted(
                    new id.kasir.domain.gateway.GatewayPaymentCreated("GW-" + request.reference(), request.amount(), null,
                            new id.kasir.domain.payment.PaymentInstructions("https://pay.example/" + request.reference(), null, null, null)),
                    new id.kasir.domain.gateway.GatewayExchange("create", "{}", "{}", 200, null)));
        }
        assertThat(page("/admin/payments/" + p.id().value(), VIEWER)).contains("id=\"qr-image\"");
        mvc.perform(get("/admin/payments/" + p.id().value() + "/qr.png").with(VIEWER))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(PortalTestApplication.PNG));
    }

    @Test
    void theCsvExportHasEveryFilteredPaymentAndNeutralisesFormulas() throws Exception {
        String orderId = "=HYPERLINK(\"http://evil\")" + PortalFixtures.unique("");
        PortalFixtures.openPayment(kasir, orderId, 30000);

        var response = mvc.perform(get("/admin/payments/export.csv").param("orderId", orderId).with(VIEWER))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"kasir-payments-");
        String csv = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")").contains("\"30000.00\"").contains("\"0812****7890\"");
        assertThat(auditActions()).contains("payments.export:payments");
        assertThat(kasir.audit.recent(null, 1).get(0).entry().detail())
                .isEqualTo("1 rows; filters: orderId=" + orderId);
    }

    @Test
    void anExportOfEverythingSaysSoInTheAudit() throws Exception {
        mvc.perform(get("/admin/payments/export.csv").param("status", "EXPIRED").param("phone", "081234567890")
                .with(VIEWER)).andExpect(status().isOk());

        assertThat(kasir.audit.recent(null, 1).get(0).entry().detail())
                .matches("\\d+ rows; filters: status=EXPIRED, phone=0812\\*\\*\\*\\*7890");
        mvc.perform(get("/admin/payments/export.csv").with(VIEWER)).andExpect(status().isOk());
        assertThat(kasir.audit.recent(null, 1).get(0).entry().detail()).endsWith(" rows; filters: none (all payments)");
    }

    @Test
    void aLanguageThePortalHasNoBundleForIsIgnored() throws Exception {
        String html = mvc.perform(get("/admin/payments").param("lang", "zh").with(VIEWER)).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("lang=\"en\"").doesNotContain("lang=\"zh\"");
    }

    @Test
    void theNotificationsInboxNamesThePaymentByItsOrderId() throws Exception {
        Payment p = PortalFixtures.openPayment(kasir, PortalFixtures.unique("NOTIFIED"), 15000);
        var stored = kasir.notifications.store(new InboundNotification(GatewayId.of("cashi"), PortalFixtures.unique("dedup"),
                p.reference(), Verification.VERIFIED, "X-Signature: ****", "{}", "10.1.1.1", kasir.clock.instant()));
        kasir.notifications.markOutcome(stored.id(), NotificationOutcome.UNCHANGED, p.id(), "still open");

        assertThat(page("/admin/notifications?gateway=cashi", VIEWER)).contains(">" + p.orderId() + "</a>");
    }

    @Test
    void theNotificationsInboxShowsTheRawBodyAndFiltersByOutcome() throws Exception {
        var stored = kasir.notifications.store(new InboundNotification(GatewayId.of("cashi"), PortalFixtures.unique("dedup"),
                "REF-1", Verification.REJECTED, "X-Signature: ****", "{\"status\":\"PAID\",\"marker\":\"raw-body-42\"}",
                "10.1.1.1", kasir.clock.instant()));
        kasir.notifications.markOutcome(stored.id(), NotificationOutcome.REJECTED, null, "bad signature");

        assertThat(page("/admin/notifications?outcome=REJECTED&gateway=cashi", VIEWER)).contains("raw-body-42");
        assertThat(page("/admin/notifications?outcome=APPLIED", VIEWER)).doesNotContain("raw-body-42");
        assertThat(page("/admin/notifications/" + stored.id(), VIEWER)).contains("raw-body-42").contains("X-Signature: ****");
    }

    @Test
    void theExceptionsInboxListsOpenOnesAndResolvingIsAudited() throws Exception {
        String subject = PortalFixtures.unique("subject");
        long id = kasir.opsExceptions.raise(OpsExceptionType.STUCK_PAYMENT, subject, PortalFixtures.unique("d"),
                "Gateway reports Rp 15.001", kasir.clock.instant()).exception().id();
        assertThat(page("/admin/exceptions", VIEWER)).contains(subject);

        mvc.perform(post("/admin/exceptions/" + id + "/resolve").param("reason", "customer refunded").with(csrf())
                .with(OPERATOR)).andExpect(redirectedUrl("/admin/exceptions"));

        assertThat(kasir.opsExceptions.byId(id).orElseThrow().resolution()).isEqualTo("customer refunded");
        assertThat(auditActions()).contains("ops-exception.resolve:" + id);
        assertThat(page("/admin/exceptions", VIEWER)).doesNotContain(subject);
    }

    @Test
    void anAdminManagesAccountsAndEveryChangeIsAudited() throws Exception {
        String username = PortalFixtures.unique("new").toLowerCase();
        mvc.perform(post("/admin/users").param("username", username).param("password", "a long password 1")
                .param("roles", "VIEWER").with(csrf()).with(ADMIN)).andExpect(redirectedUrl("/admin/users"));
        long id = accounts.byUsername(username).orElseThrow().id();

        mvc.perform(post("/admin/users/" + id + "/roles").param("roles", "OPERATOR", "FINANCE").with(csrf()).with(ADMIN));
        mvc.perform(post("/admin/users/" + id + "/disable").with(csrf()).with(ADMIN));
        mvc.perform(post("/admin/users/" + id + "/password").param("password", "another long one").with(csrf()).with(ADMIN));

        var account = accounts.byUsername(username).orElseThrow();
        assertThat(account.roles()).containsExactlyInAnyOrder(OperatorRole.OPERATOR, OperatorRole.FINANCE);
        assertThat(account.enabled()).isFalse();
        assertThat(account.passwordHash()).startsWith("{bcrypt}");
        assertThat(auditActions()).contains("user.create:" + username, "user.roles:" + username,
                "user.disable:" + username, "user.password-reset:" + username);
        assertThat(page("/admin/users", ADMIN)).contains(username);
        assertThat(page("/admin/audit", VIEWER)).contains("user.password-reset").contains(username);
    }

    @Test
    void aTooShortPasswordIsRefusedWithAMessage() throws Exception {
        String username = PortalFixtures.unique("short").toLowerCase();
        mvc.perform(post("/admin/users").param("username", username).param("password", "short")
                .param("roles", "VIEWER").with(csrf()).with(ADMIN)).andExpect(redirectedUrl("/admin/users"));
        assertThat(accounts.byUsername(username)).isEmpty();
    }

    /** The weak passwords (and more), each refused with its reason in English and in Bahasa Indonesia. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "aaaaaaaaaaaa          | same characters repeated          | karakter yang sama berulang",
            "password1234          | common or breached passwords      | kata sandi umum atau yang pernah bocor",
            "123456789012          | common or breached passwords      | kata sandi umum atau yang pernah bocor",
            "qwertyuiop[]          | pattern on the keyboard           | pola pada keyboard",
            "bismillah2024         | common or breached passwords      | kata sandi umum atau yang pernah bocor",
            "{user}-is-the-best-1  | contains the username             | berisi nama pengguna",
            "short                 | at least 12 characters            | minimal 12 karakter"})
    void aWeakPasswordIsRefusedWithItsReasonInBothLanguages(String password, String english, String indonesian)
            throws Exception {
        String username = PortalFixtures.unique("weak").toLowerCase();
        String typed = password.replace("{user}", username);
        for (String[] language : new String[][] {{"en", english}, {"id", indonesian}}) {
            mvc.perform(post("/admin/users").param("username", username).param("password", typed).param("roles", "VIEWER")
                            .cookie(new jakarta.servlet.http.Cookie("kasir-lang", language[0])).with(csrf()).with(ADMIN))
                    .andExpect(redirectedUrl("/admin/users"))
                    .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString(language[1])));
        }
        assertThat(accounts.byUsername(username)).isEmpty();
    }

    @Test
    void aWeakPasswordOnResetLeavesTheOldOneInPlace() throws Exception {
        String username = PortalFixtures.unique("keep").toLowerCase();
        mvc.perform(post("/admin/users").param("username", username).param("password", "quiet lantern orbit 7")
                .param("roles", "VIEWER").with(csrf()).with(ADMIN)).andExpect(redirectedUrl("/admin/users"));
        var before = accounts.byUsername(username).orElseThrow();

        mvc.perform(post("/admin/users/" + before.id() + "/password").param("password", "password1234").with(csrf())
                .with(ADMIN)).andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("common")));

        assertThat(accounts.byUsername(username).orElseThrow().passwordHash()).isEqualTo(before.passwordHash());
    }

    @Test
    void withoutTheSandboxMountedThereIsNoSandboxBanner() throws Exception {
        assertThat(page("/admin", VIEWER)).doesNotContain("sandbox-banner");
    }

    @Test
    void theLanguageSwitchesToBahasaIndonesiaAndIsRemembered() throws Exception {
        String html = mvc.perform(get("/admin/payments").param("lang", "id").with(VIEWER))
                .andExpect(cookie().value("kasir-lang", "id")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Pembayaran").contains("Dasbor").contains("Rekonsiliasi");

        String english = page("/admin/payments", VIEWER);
        assertThat(english).contains("Payments").contains("Reconciliation").doesNotContain("coming soon");
    }

    @Test
    void theDashboardShowsTheFiguresAndChartData() throws Exception {
        PortalFixtures.openPayment(kasir, PortalFixtures.unique("DASH"), 15000);

        String html = page("/admin", VIEWER);

        assertThat(html).contains("id=\"today-volume\"").contains("id=\"success-rate\"").contains("id=\"open-exceptions\"")
                .contains("data-chart=\"bar\"").contains("data-labels=\"[&quot;").contains("not yet")
                .containsPattern("/webjars/chart.js/[0-9.]*/?dist/chart.umd.js");
    }

    @Test
    void theFrontEndLibrariesAreServedFromWebjarsWithoutVersionsInTheUrl() throws Exception {
        for (String url : List.of("/webjars/bootstrap/css/bootstrap.min.css", "/webjars/bootstrap/js/bootstrap.bundle.min.js",
                "/webjars/htmx.org/dist/htmx.min.js", "/webjars/chart.js/dist/chart.umd.js", "/admin-assets/admin.js",
                "/admin-assets/admin.css", "/admin-assets/dashboard.js")) {
            mvc.perform(get(url)).andExpect(status().isOk());
        }
    }
}
