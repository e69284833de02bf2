package id.kasir.web.admin.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kasir.application.testing.TestKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.money.Money;
import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionState;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.refund.Refund;
import id.kasir.web.admin.PortalFixtures;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The exception workflow's actions in the portal: who may take each (the filter chain) and that each is
 * audited exactly once (by the use case). Cashi QRIS, 15,042 to pay, 15,000 paid.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExceptionWorkflowPortalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestKasir kasir;

    private Payment payment;

    private long mismatch() {
        payment = PortalFixtures.openPayment(kasir, PortalFixtures.unique("MISMATCH"), 15042);
        kasir.applyGatewayStatus.apply(payment.id(), GatewayReport.of(PaymentStatus.PAID, Money.idr(15000),
                GatewayReport.Source.NOTIFICATION), Actor.gateway("cashi"));
        return kasir.opsExceptions.bySubject(payment.id().value()).get(0).id();
    }

    private long audited(String action, Object target) {
        return kasir.audit.recent(null, 1000).stream()
                .filter(e -> e.entry().action().equals(action) && e.entry().target().equals(String.valueOf(target)))
                .count();
    }

    private OpsException exception(long id) {
        return kasir.opsExceptions.byId(id).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"VIEWER", "OPERATOR", "APPROVER"})
    void onlyFinanceOrAdminDecideMoney(String role) throws Exception {
        long id = mismatch();
        for (String action : List.of("/accept", "/refund")) {
            mvc.perform(post("/admin/exceptions/" + id + action).param("reason", "no").with(csrf())
                    .with(user("someone").roles(role))).andExpect(status().isForbidden());
        }
        Refund refund = kasir.decideMoneyException.refund(id, "fina", "set up by the test", null);
        mvc.perform(post("/admin/refunds/" + refund.id() + "/done").param("note", "no").with(csrf())
                .with(user("someone").roles(role))).andExpect(status().isForbidden());

        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(kasir.refunds.byId(refund.id()).orElseThrow().isDone()).isFalse();
        assertThat(audited("ops-exception.accept", id)).isZero();
        assertThat(audited("refund.done", refund.id())).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FINANCE", "ADMIN"})
    void financeOrAdminAcceptTheAmountReceivedAuditedOnce(String role) throws Exception {
        long id = mismatch();

        mvc.perform(post("/admin/exceptions/" + id + "/accept").param("reason", "42 short, accepted").with(csrf())
                        .with(user("fina").roles(role)))
                .andExpect(redirectedUrl("/admin/exceptions/" + id)).andExpect(flash().attributeExists("flashSuccess"));

        Payment paid = kasir.findPayments.byId(payment.id());
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.paidAmount()).contains(Money.idr(15000));
        assertThat(exception(id).state()).isEqualTo(OpsExceptionState.RESOLVED);
        assertThat(audited("ops-exception.accept", id)).isEqualTo(1);

        mvc.perform(post("/admin/exceptions/" + id + "/accept").param("reason", "again").with(csrf())
                        .with(user("fina").roles(role)))
                .andExpect(flash().attribute("flashError", "This exception is already resolved."));
        assertThat(audited("ops-exception.accept", id)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FINANCE", "ADMIN"})
    void financeOrAdminOpenARefundAndRecordItDoneEachAuditedOnce(String role) throws Exception {
        long id = mismatch();

        mvc.perform(post("/admin/exceptions/" + id + "/refund").param("reason", "merchant refuses short payments")
                .with(csrf()).with(user("fina").roles(role))).andExpect(redirectedUrl("/admin/exceptions/" + id));
        Refund refund = kasir.refunds.byException(id).get(0);
        assertThat(exception(id).state()).isEqualTo(OpsExceptionState.IN_PROGRESS);
        assertThat(audited("ops-exception.refund", id)).isEqualTo(1);

        mvc.perform(post("/admin/refunds/" + refund.id() + "/done").param("note", "BCA 0042")
                        .param("back", "/admin/exceptions/" + id).with(csrf()).with(user("fina").roles(role)))
                .andExpect(redirectedUrl("/admin/exceptions/" + id));
        mvc.perform(post("/admin/refunds/" + refund.id() + "/done").param("note", "twice").with(csrf())
                .with(user("fina").roles(role))).andExpect(flash().attributeExists("flashError"));

        assertThat(kasir.refunds.byId(refund.id()).orElseThrow().doneNote()).isEqualTo("BCA 0042");
        assertThat(exception(id).state()).isEqualTo(OpsExceptionState.RESOLVED);
        assertThat(audited("refund.done", refund.id())).isEqualTo(1);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.OPEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPERATOR", "FINANCE", "ADMIN"})
    void whoResolvesMayAssignToThemselvesOrSomeoneAuditedOnceEach(String role) throws Exception {
        long id = mismatch();

        mvc.perform(post("/admin/exceptions/" + id + "/assign").param("owner", "abdi").with(csrf())
                .with(user("abdi").roles(role))).andExpect(redirectedUrl("/admin/exceptions/" + id));
        assertThat(exception(id).owner()).isEqualTo("abdi");
        assertThat(exception(id).state()).isEqualTo(OpsExceptionState.IN_PROGRESS);
        mvc.perform(post("/admin/exceptions/" + id + "/assign").param("owner", "budi").with(csrf())
                .with(user("abdi").roles(role))).andExpect(redirectedUrl("/admin/exceptions/" + id));

        assertThat(exception(id).owner()).isEqualTo("budi");
        assertThat(audited("ops-exception.assign", id)).isEqualTo(2);
        assertThat(kasir.opsExceptions.history(id)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"VIEWER", "APPROVER"})
    void aViewerOrApproverCannotAssign(String role) throws Exception {
        long id = mismatch();
        mvc.perform(post("/admin/exceptions/" + id + "/assign").param("owner", "x").with(csrf())
                .with(user("x").roles(role))).andExpect(status().isForbidden());
        assertThat(exception(id).owner()).isNull();
        assertThat(audited("ops-exception.assign", id)).isZero();
    }

    @Test
    void aMoneyExceptionIsNotClosedByABareResolve() throws Exception {
        long id = mismatch();
        mvc.perform(post("/admin/exceptions/" + id + "/resolve").param("reason", "looked").with(csrf())
                        .with(user("fina").roles("FINANCE")))
                .andExpect(flash().attribute("flashError",
                        "A money exception is closed by a decision: accept the money or refund it."));
        assertThat(exception(id).isOpen()).isTrue();
        assertThat(audited("ops-exception.resolve", id)).isZero();
    }

    @Test
    void theListFiltersAndKeepsResolvedOnesFindableAndThePageShowsTheDecisionsToFinanceOnly() throws Exception {
        long id = mismatch();
        long stuck = kasir.opsExceptions.raise(OpsExceptionType.STUCK_PAYMENT, PortalFixtures.unique("stuck"),
                PortalFixtures.unique("k"), "stuck", kasir.clock.instant()).exception().id();
        kasir.resolveOpsException.resolve(stuck, "abdi", "answered", null);

        assertThat(page("/admin/exceptions", "VIEWER")).contains("data-exception-id=\"" + id + "\"")
                .doesNotContain("data-exception-id=\"" + stuck + "\"");
        assertThat(page("/admin/exceptions?state=RESOLVED", "VIEWER")).contains("data-exception-id=\"" + stuck + "\"")
                .doesNotContain("data-exception-id=\"" + id + "\"");
        assertThat(page("/admin/exceptions?state=ALL&type=STUCK_PAYMENT", "VIEWER"))
                .contains("data-exception-id=\"" + stuck + "\"").doesNotContain("data-exception-id=\"" + id + "\"");
        assertThat(page("/admin/exceptions?state=ALL&age=7d", "VIEWER")).doesNotContain("data-exception-id=\"" + id + "\"");

        assertThat(page("/admin/exceptions/" + id, "FINANCE")).contains("id=\"accept-amount\"")
                .contains("id=\"needs-refund\"").contains("offers a refund call");
        assertThat(page("/admin/exceptions/" + id, "OPERATOR")).doesNotContain("id=\"accept-amount\"")
                .contains("id=\"decide-role-note\"").contains("id=\"assign-to-me\"");
        assertThat(page("/admin/exceptions/" + stuck + "?lang=id", "VIEWER")).contains("Diselesaikan")
                .contains("Pembayaran tertahan");
    }

    @Test
    void onlyWhoActsOnPaymentsSeesTheCancelConfirmation() throws Exception {
        Payment p = PortalFixtures.openPayment(kasir, PortalFixtures.unique("CXL"), 20000);
        mvc.perform(get("/admin/payments/" + p.id().value() + "/cancel").with(user("v").roles("VIEWER")))
                .andExpect(status().isForbidden());
        assertThat(page("/admin/payments/" + p.id().value() + "/cancel?lang=id", "OPERATOR"))
                .contains("tidak diberi tahu").contains("Batalkan di Kasir");
    }

    @Test
    void everyPageOfTheWorkflowIsTranslatedInBothLanguages() throws Exception {
        long id = mismatch();
        kasir.decideMoneyException.refund(id, "fina", "refund it", null);
        long other = mismatch();
        for (String lang : List.of("en", "id")) {
            for (String url : List.of("/admin/exceptions?state=ALL", "/admin/exceptions/" + id, "/admin/exceptions/" + other,
                    "/admin/refunds", "/admin/payments/" + payment.id().value(),
                    "/admin/payments/" + payment.id().value() + "/cancel")) {
                String html = page(url + (url.contains("?") ? "&" : "?") + "lang=" + lang, "ADMIN");
                assertThat(html).as(url + " in " + lang).doesNotContain("??").doesNotContain("style=");
            }
        }
    }

    private String page(String url, String role) throws Exception {
        return mvc.perform(get(url).with(user("u-" + role.toLowerCase()).roles(role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
