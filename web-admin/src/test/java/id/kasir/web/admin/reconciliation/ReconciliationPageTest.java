package id.kasir.web.admin.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kasir.application.reconciliation.ReconciliationItem;
import id.kasir.application.testing.InMemoryReconciliationRuns;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.reconciliation.ReconciliationOutcome;
import id.kasir.web.admin.PortalTestApplication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The Reconciliation page: who may start a run, the history with counts, a run's lines by outcome, the CSV. */
@SpringBootTest(classes = PortalTestApplication.class)
@AutoConfigureMockMvc
class ReconciliationPageTest {

    private static final RequestPostProcessor OPERATOR = user("otto").roles("OPERATOR");
    private static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");
    private static final RequestPostProcessor FINANCE = user("fina").roles("FINANCE");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestKasir kasir;
    @Autowired
    InMemoryReconciliationRuns runs;

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anOperatorStartsARunAndEveryoneSeesItsLinesByOutcome() throws Exception {
        assertThat(page("/admin/reconciliation", VIEWER)).doesNotContain("start-reconciliation");
        assertThat(page("/admin/reconciliation", OPERATOR)).contains("start-reconciliation");
        mvc.perform(post("/admin/reconciliation/runs").with(FINANCE).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/reconciliation/runs").with(OPERATOR)).andExpect(status().isForbidden()); // no CSRF

        mvc.perform(post("/admin/reconciliation/runs").with(OPERATOR).with(csrf()))
                .andExpect(redirectedUrl("/admin/reconciliation"));
        long id = runs.latest(1).get(0).id();
        runs.record(List.of(
                new ReconciliationItem(0, id, "p-1", "ORDER-1", "cashi", ReconciliationOutcome.PAID, null, "paid", 120,
                        kasir.clock.instant()),
                new ReconciliationItem(0, id, "p-2", "=cmd()", "cashi", ReconciliationOutcome.GATEWAY_UNKNOWN,
                        UnknownCause.TIMEOUT, "read timed out", 5000, kasir.clock.instant())));

        assertThat(page("/admin/reconciliation", VIEWER)).contains("ON_DEMAND").contains("PAID 1")
                .contains("GATEWAY_UNKNOWN 1");
        String unknown = page("/admin/reconciliation/runs/" + id + "?outcome=GATEWAY_UNKNOWN", VIEWER);
        assertThat(unknown).contains("TIMEOUT").doesNotContain("ORDER-1");
        mvc.perform(get("/admin/reconciliation/runs/" + id + "?outcome=nonsense").with(VIEWER))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/reconciliation/runs/999999").with(VIEWER)).andExpect(status().isNotFound());

        String csv = page("/admin/reconciliation/runs/" + id + "/items.csv", VIEWER);
        assertThat(csv).contains("\"ORDER-1\"").contains("\"'=cmd()\"").contains("\"TIMEOUT\"");
        assertThat(kasir.audit.recent(null, 20)).extracting(e -> e.entry().action())
                .contains("reconciliation.start", "reconciliation.export");
    }
}
