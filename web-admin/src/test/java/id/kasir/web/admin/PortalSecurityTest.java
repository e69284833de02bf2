package id.kasir.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kasir.application.merchant.MerchantNotification;
import id.kasir.application.merchant.MerchantNotificationOutbox;
import id.kasir.application.operator.ManageOperators;
import id.kasir.application.operator.NewOperatorAccount;
import id.kasir.application.operator.OperatorAccounts;
import id.kasir.application.operator.OperatorRole;
import id.kasir.application.testing.InMemoryApiKeys;
import id.kasir.application.testing.InMemoryMerchantNotificationOutbox;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The portal's security rules: who sees and does what, CSRF, lock-out, the first admin, headers. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestKasir kasir;
    @Autowired
    ManageOperators manage;
    @Autowired
    OperatorAccounts accounts;
    @Autowired
    InMemoryApiKeys apiKeys;
    @Autowired
    InMemoryMerchantNotificationOutbox merchantOutbox;

    private Payment payment() {
        return PortalFixtures.openPayment(kasir, PortalFixtures.unique("SEC"), 15000);
    }

    /** A delivered merchant notification, as the outbox keeps it after a 2xx from the merchant. */
    private MerchantNotification deliveredMerchantNotification() {
        String eventId = java.util.UUID.randomUUID().toString();
        merchantOutbox.add(new MerchantNotificationOutbox.NewNotification(eventId, "payment.paid",
                payment().id().value(), "{\"type\":\"payment.paid\"}", kasir.clock.instant()));
        MerchantNotification row = merchantOutbox.all().stream().filter(n -> n.eventId().equals(eventId))
                .findFirst().orElseThrow();
        String claim = PortalFixtures.unique("claim");
        merchantOutbox.claimDue(claim, kasir.clock.instant(), kasir.clock.instant().minusSeconds(1), Integer.MAX_VALUE);
        merchantOutbox.markDelivered(row.id(), claim, 1, kasir.clock.instant());
        return merchantOutbox.byId(row.id()).orElseThrow();
    }

    private long openException() {
        return kasir.opsExceptions.raise(OpsExceptionType.STUCK_PAYMENT, PortalFixtures.unique("subject"),
                PortalFixtures.unique("dedup"), "stuck", kasir.clock.instant()).exception().id();
    }

    @Test
    void aVisitorWhoIsNotLoggedInIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/payments")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void aViewerSeesThePaymentButNoButtonThatChangesIt() throws Exception {
        Payment p = payment();
        String html = mvc.perform(get("/admin/payments/" + p.id().value()).with(user("vera").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains(p.orderId()).doesNotContain("id=\"ask-gateway\"")
                .doesNotContain("id=\"cancel-payment\"").doesNotContain("id=\"nav-users\"")
                .doesNotContain("id=\"nav-new-payment\"");
    }

    @Test
    void anOperatorSeesTheButtonsToAskTheGatewayAndToCancel() throws Exception {
        Payment p = payment();
        String html = mvc.perform(get("/admin/payments/" + p.id().value()).with(user("otto").roles("OPERATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"ask-gateway\"").contains("id=\"cancel-payment\"")
                .contains("id=\"nav-new-payment\"").doesNotContain("id=\"nav-users\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"VIEWER", "FINANCE", "APPROVER"})
    void rolesThatMayNotActOnPaymentsGet403FromEveryPaymentAction(String role) throws Exception {
        Payment p = payment();
        String base = "/admin/payments/" + p.id().value();
        for (String action : List.of("/ask", "/apply", "/cancel")) {
            mvc.perform(post(base + action).param("reason", "no").with(csrf()).with(user("someone").roles(role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/payments").param("gatewayMethod", "cashi:QRIS").param("amount", "15000")
                .with(csrf()).with(user("someone").roles(role))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/payments/new").with(user("someone").roles(role))).andExpect(status().isForbidden());

        assertThat(kasir.findPayments.byId(p.id()).status()).isEqualTo(PaymentStatus.OPEN);
    }

    @Test
    void aViewerCannotResolveAnExceptionButFinanceCan() throws Exception {
        long id = openException();
        mvc.perform(post("/admin/exceptions/" + id + "/resolve").param("reason", "looked").with(csrf())
                .with(user("vera").roles("VIEWER"))).andExpect(status().isForbidden());
        assertThat(kasir.opsExceptions.byId(id).orElseThrow().isOpen()).isTrue();

        mvc.perform(post("/admin/exceptions/" + id + "/resolve").param("reason", "refunded by bank transfer")
                .with(csrf()).with(user("fina").roles("FINANCE"))).andExpect(status().is3xxRedirection());
        assertThat(kasir.opsExceptions.byId(id).orElseThrow().resolvedBy()).isEqualTo("fina");
    }

    @ParameterizedTest
    @ValueSource(strings = {"VIEWER", "OPERATOR", "FINANCE", "APPROVER"})
    void onlyAnAdminReachesTheUsersPages(String role) throws Exception {
        mvc.perform(get("/admin/users").with(user("someone").roles(role))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").param("username", PortalFixtures.unique("x")).param("password", "long enough password")
                .param("roles", "ADMIN").with(csrf()).with(user("someone").roles(role))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("root").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void everyPostWithoutACsrfTokenIsRefused() throws Exception {
        Payment p = payment();
        long exception = openException();
        MerchantNotification delivered = deliveredMerchantNotification();
        int keysBefore = apiKeys.all().size();
        String base = "/admin/payments/" + p.id().value();
        List<String> posts = List.of(base + "/ask", base + "/apply", base + "/cancel", "/admin/payments",
                "/admin/exceptions/" + exception + "/resolve", "/admin/users", "/admin/users/1/roles",
                "/admin/users/1/disable", "/admin/users/1/enable", "/admin/users/1/password", "/admin/api-keys",
                "/admin/api-keys/1/revoke", "/admin/merchant-notifications/" + delivered.id() + "/resend", "/logout");
        for (String url : posts) {
            mvc.perform(post(url).param("reason", "r").with(user("root").roles("ADMIN")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/login").param("username", "admin").param("password", "bootstrap-secret-1"))
                .andExpect(status().isForbidden());
        assertThat(kasir.findPayments.byId(p.id()).status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(kasir.opsExceptions.byId(exception).orElseThrow().isOpen()).isTrue();
        assertThat(merchantOutbox.byId(delivered.id()).orElseThrow().status())
                .isEqualTo(MerchantNotification.Status.DELIVERED);
        assertThat(apiKeys.all()).hasSize(keysBefore);
    }

    @Test
    void aViewerSeesTheMerchantOutboxButGets403WhenSendingOneAgain() throws Exception {
        MerchantNotification delivered = deliveredMerchantNotification();
        String list = mvc.perform(get("/admin/merchant-notifications").with(user("vera").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String one = mvc.perform(get("/admin/merchant-notifications/" + delivered.id()).with(user("vera").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(list).contains(delivered.eventId()).contains("id=\"nav-merchant-notifications\"")
                .doesNotContain("id=\"nav-api-keys\"");
        assertThat(one).contains(delivered.eventId()).doesNotContain("id=\"resend\"");
        mvc.perform(post("/admin/merchant-notifications/" + delivered.id() + "/resend").with(csrf())
                .with(user("vera").roles("VIEWER"))).andExpect(status().isForbidden());
        assertThat(merchantOutbox.byId(delivered.id()).orElseThrow().status())
                .isEqualTo(MerchantNotification.Status.DELIVERED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPERATOR", "ADMIN"})
    void anOperatorOrAnAdminSendsAMerchantNotificationAgain(String role) throws Exception {
        MerchantNotification delivered = deliveredMerchantNotification();
        String one = mvc.perform(get("/admin/merchant-notifications/" + delivered.id()).with(user("otto").roles(role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(one).contains("id=\"resend\"");

        mvc.perform(post("/admin/merchant-notifications/" + delivered.id() + "/resend").with(csrf())
                        .with(user("otto").roles(role)))
                .andExpect(redirectedUrl("/admin/merchant-notifications/" + delivered.id()));

        assertThat(merchantOutbox.byId(delivered.id()).orElseThrow().status()).isEqualTo(MerchantNotification.Status.DUE);
        assertThat(kasir.audit.recent(null, 20)).extracting(e -> e.entry().action() + ":" + e.entry().target())
                .contains("merchant-notification.resend:" + delivered.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"FINANCE", "APPROVER"})
    void rolesThatMayNotActCannotSendAMerchantNotificationAgain(String role) throws Exception {
        MerchantNotification delivered = deliveredMerchantNotification();
        mvc.perform(post("/admin/merchant-notifications/" + delivered.id() + "/resend").with(csrf())
                .with(user("someone").roles(role))).andExpect(status().isForbidden());
        assertThat(merchantOutbox.byId(delivered.id()).orElseThrow().status())
                .isEqualTo(MerchantNotification.Status.DELIVERED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"VIEWER", "OPERATOR", "FINANCE", "APPROVER"})
    void onlyAnAdminSeesCreatesOrRevokesApiKeys(String role) throws Exception {
        long existing = apiKeys.add(PortalFixtures.unique("key"), "kasir_test_" + PortalFixtures.unique("p"),
                PortalFixtures.unique("hash"), kasir.clock.instant()).id();
        int keysBefore = apiKeys.all().size();

        mvc.perform(get("/admin/api-keys").with(user("someone").roles(role))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/api-keys").param("name", "sneaky").with(csrf()).with(user("someone").roles(role)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/api-keys/" + existing + "/revoke").with(user("someone").roles(role)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/api-keys/" + existing + "/revoke").with(csrf()).with(user("someone").roles(role)))
                .andExpect(status().isForbidden());
        String page = mvc.perform(get("/admin").with(user("someone").roles(role))).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).doesNotContain("id=\"nav-api-keys\"");
        assertThat(apiKeys.all()).hasSize(keysBefore);
        assertThat(apiKeys.byId(existing).orElseThrow().isActive()).isTrue();
        mvc.perform(get("/admin/api-keys").with(user("root").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void theFirstAdminLogsInWithTheConfiguredBootstrapPassword() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("bootstrap-secret-1"))
                .andExpect(authenticated().withUsername("admin").withRoles("ADMIN"))
                .andExpect(redirectedUrl("/admin"));
    }

    @Test
    void aSessionFollowsItsAccountDemotedDisabledOrGivenANewPassword() throws Exception {
        Actor admin = Actor.operator("admin");
        long tmpId = manage.create(new NewOperatorAccount("tmpadmin", null, EnumSet.of(OperatorRole.ADMIN)),
                "copper ridge velvet lantern", admin, null).id();
        MockHttpSession session = logIn("tmpadmin", "copper ridge velvet lantern");
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());

        manage.changeRoles(tmpId, EnumSet.of(OperatorRole.VIEWER), admin, null);
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/api-keys").param("name", "backdoor").with(csrf()).session(session))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

        manage.changeRoles(tmpId, EnumSet.of(OperatorRole.ADMIN), admin, null);
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());

        manage.resetPassword(tmpId, "another copper ridge phrase", admin, null);
        mvc.perform(get("/admin/users").session(session)).andExpect(status().is3xxRedirection());

        MockHttpSession again = logIn("tmpadmin", "another copper ridge phrase");
        manage.disable(tmpId, admin, null);
        mvc.perform(get("/admin").session(again)).andExpect(status().is3xxRedirection());
    }

    private MockHttpSession logIn(String username, String password) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(authenticated().withUsername(username)).andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();
        return session;
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private ResultActions login(String username, String password, String source) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(source)));
    }

    /** The case: an anonymous person's wrong passwords cannot keep the account's owner out. */
    @Test
    void twentyWrongLoginsFromOneSourceThenTheRightOneFromAnotherSucceeds() throws Exception {
        String username = PortalFixtures.account(manage, "lock", "the right password", OperatorRole.ADMIN);
        for (int i = 0; i < 20; i++) {
            login(username, "wrong password " + i, "198.51.100.66").andExpect(unauthenticated());
        }

        login(username, "the right password", "10.1.2.3").andExpect(authenticated().withUsername(username));
        assertThat(accounts.byUsername(username).orElseThrow().isLockedAt(kasir.clock.instant())).isFalse();
    }

    @Test
    void aSourceThatKeepsFailingWaitsLongerAndLongerWithoutThePasswordBeingChecked() throws Exception {
        String username = PortalFixtures.account(manage, "slow", "the right password", OperatorRole.VIEWER);
        String source = "198.51.100.77";
        for (int i = 0; i < 5; i++) {
            login(username, "wrong " + i, source).andExpect(redirectedUrl("/login?error"));
        }
        MvcResult throttled = login(username, "the right password", source).andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/login?throttled=*")).andReturn();
        long firstWait = Long.parseLong(throttled.getResponse().getHeader("Retry-After"));
        assertThat(firstWait).isBetween(1L, 12L);
        assertThat(mvc.perform(get("/login").param("throttled", String.valueOf(firstWait)).with(from(source)))
                .andReturn().getResponse().getContentAsString()).contains("Try again in " + firstWait + " seconds");

        for (int i = 5; i < 10; i++) {
            failOnceWaitingAsToldBy(username, source);
        }
        long laterWait = Long.parseLong(login(username, "wrong", source).andReturn().getResponse().getHeader("Retry-After"));
        assertThat(laterWait).isGreaterThan(firstWait);
        assertThat(kasir.audit.recent(null, 50)).extracting(e -> e.entry().action() + ":" + e.entry().target())
                .contains("login.throttled:" + username).doesNotContain("login.under-attack:" + username);

        kasir.clock.advance(Duration.ofSeconds(laterWait));
        login(username, "the right password", source).andExpect(authenticated().withUsername(username));
    }

    @Test
    void hammeringAThrottledLoginWritesTheAuditLogOnceAMinute() throws Exception {
        String username = PortalFixtures.account(manage, "flood", "the right password", OperatorRole.VIEWER);
        String source = "198.51.100.88";
        for (int i = 0; i < 5; i++) {
            login(username, "wrong " + i, source);
        }
        for (int i = 0; i < 40; i++) {
            login(username, "wrong again", source).andExpect(redirectedUrlPattern("/login?throttled=*"));
        }

        assertThat(kasir.audit.recent(null, 200)).filteredOn(e -> e.entry().action().equals("login.throttled")
                && e.entry().target().equals(username)).hasSize(1);
    }

    /** One wrong password that is really checked: a throttled try is followed by waiting as long as it says. */
    private void failOnceWaitingAsToldBy(String username, String source) throws Exception {
        for (int tries = 0; tries < 5; tries++) {
            MvcResult result = login(username, "wrong again", source).andReturn();
            String retryAfter = result.getResponse().getHeader("Retry-After");
            if (retryAfter == null) {
                assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
                return;
            }
            kasir.clock.advance(Duration.ofSeconds(Long.parseLong(retryAfter)));
        }
        throw new AssertionError("still throttled after waiting as told");
    }

    @Test
    void failuresFromManySourcesLockTheAccountAgainstNewSourcesShowItOnTheDashboardAndAnotherAdminUnlocksIt()
            throws Exception {
        String username = PortalFixtures.account(manage, "attacked", "the right password", OperatorRole.OPERATOR);
        login(username, "the right password", "10.9.9.9").andExpect(authenticated());
        for (int i = 1; i <= 10; i++) {
            login(username, "guess " + i, "203.0.113." + i).andExpect(unauthenticated());
        }

        login(username, "the right password", "192.0.2.200").andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        login(username, "the right password", "10.9.9.9").andExpect(authenticated().withUsername(username));
        assertThat(kasir.audit.recent(null, 50)).extracting(e -> e.entry().action() + ":" + e.entry().target())
                .contains("login.under-attack:" + username, "login.refused-locked:" + username);
        String dashboard = mvc.perform(get("/admin").with(user("vera").roles("VIEWER"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(dashboard).contains("accounts-under-attack").contains(username);

        long id = accounts.byUsername(username).orElseThrow().id();
        mvc.perform(post("/admin/users/" + id + "/unlock").with(csrf()).with(user("root").roles("ADMIN")))
                .andExpect(redirectedUrl("/admin/users"));

        login(username, "the right password", "192.0.2.200").andExpect(authenticated().withUsername(username));
        assertThat(kasir.audit.recent(null, 50)).extracting(e -> e.entry().action() + ":" + e.entry().target())
                .contains("user.unlock:" + username);
        assertThat(mvc.perform(get("/admin").with(user("vera").roles("VIEWER"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("accounts-under-attack");
    }

    @Test
    void onlyAnAdminCanUnlockAnAccount() throws Exception {
        mvc.perform(post("/admin/users/1/unlock").with(csrf()).with(user("otto").roles("OPERATOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        String username = PortalFixtures.account(manage, "gone", "the right password", OperatorRole.VIEWER);
        manage.disable(accounts.byUsername(username).orElseThrow().id(), id.kasir.domain.common.Actor.system("test"), null);

        mvc.perform(formLogin("/login").user(username).password("the right password")).andExpect(unauthenticated());
    }

    @Test
    void loggingInGivesTheBrowserANewSessionId() throws Exception {
        String username = PortalFixtures.account(manage, "fix", "the right password", OperatorRole.VIEWER);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", "the right password")
                .with(csrf()).session(session)).andExpect(authenticated()).andReturn();

        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(before);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndCannotBeFramed() throws Exception {
        MvcResult result = mvc.perform(get("/admin").with(user("vera").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        String csp = result.getResponse().getHeader("Content-Security-Policy");

        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }
}
