package id.kasir.web.admin.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kasir.application.testing.TestKasir;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.common.Actor;
import id.kasir.domain.payment.Payment;
import id.kasir.web.admin.PortalFixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The audit log's filters (who, action, date, target), payments named by order id, a failed login by nobody. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPageTest {

    private static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestKasir kasir;

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(VIEWER)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void filtersByWhoActionAndTargetAndNamesPaymentsByTheirOrderId() throws Exception {
        String who = PortalFixtures.unique("auditor").toLowerCase();
        Payment payment = PortalFixtures.openPayment(kasir, PortalFixtures.unique("AUD"), 20_000);
        Instant now = kasir.clock.instant();
        kasir.audit.record(new AuditEntry(Actor.operator(who), "payment.cancel", payment.id().value(), "reason: test",
                "10.0.0.1", now));
        kasir.audit.record(new AuditEntry(Actor.operator(who), "login", who, null, "10.0.0.1", now));
        kasir.audit.record(new AuditEntry(Actor.operator("someone-else"), "payment.cancel", "other", null, null, now));

        String mine = page("/admin/audit?who=" + who);
        assertThat(mine).contains("payment.cancel").contains("<code>login</code>").doesNotContain("someone-else")
                .contains(">" + payment.orderId() + "<").contains("href=\"/admin/payments/" + payment.id().value() + "\"");

        String cancels = page("/admin/audit?who=" + who + "&action=payment");
        assertThat(cancels).contains("payment.cancel").doesNotContain("<code>login</code>");

        String byOrder = page("/admin/audit?target=" + payment.orderId());
        assertThat(byOrder).contains("payment.cancel").contains("reason: test").doesNotContain("someone-else");

        String jakartaToday = kasir.clock.instant().atZone(java.time.ZoneId.of("Asia/Jakarta")).toLocalDate().toString();
        String tomorrow = kasir.clock.instant().plus(Duration.ofDays(1)).atZone(java.time.ZoneId.of("Asia/Jakarta"))
                .toLocalDate().toString();
        assertThat(page("/admin/audit?who=" + who + "&from=" + jakartaToday + "&to=" + jakartaToday))
                .contains("payment.cancel");
        assertThat(page("/admin/audit?who=" + who + "&from=" + tomorrow)).contains("id=\"audit-empty\"");
        assertThat(page("/admin/audit?from=yesterday&lang=id")).contains("id=\"audit-date-error\"")
                .contains("bukan tanggal");
    }

    @Test
    void aFailedLoginByAnUnknownUserIsThatNameWithNoRole() throws Exception {
        String nobody = PortalFixtures.unique("nobody").toLowerCase();
        mvc.perform(post("/login").param("username", nobody).param("password", "not the password at all")
                .with(csrf()).with(request -> {
                    request.setRemoteAddr("192.0.2.77");
                    return request;
                }));

        assertThat(kasir.audit.recent(null, 20)).filteredOn(e -> nobody.equals(e.entry().target()))
                .extracting(e -> e.entry().actor()).containsOnly(Actor.unauthenticated(nobody));
        String html = page("/admin/audit?who=" + nobody + "&lang=en");
        assertThat(html).contains("login.failed").contains("not signed in").doesNotContain("OPERATOR:" + nobody);
    }
}
