package id.kasir.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kasir.app.e2e.EmbeddedKasir;
import id.kasir.application.reconciliation.ReconciliationRuns;
import id.kasir.application.reconciliation.RunStatus;
import id.kasir.domain.audit.AuditTrail;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Reconciliation page over HTTP on H2: start a run (CSRF, audited), refused while one runs, history, lines, CSV. */
class ReconciliationPortalIT {

    private static final String PASSWORD = "quiet lantern orbit 2026";
    private static EmbeddedKasir kasir;

    @BeforeAll
    static void start() {
        kasir = EmbeddedKasir.start("kasir.admin.bootstrap-password=" + PASSWORD, "kasir.reconciliation.min-age=PT0S",
                "kasir.reconciliation.janitor.enabled=false");
    }

    @AfterAll
    static void stop() {
        kasir.close();
    }

    @Test
    void anAdminStartsARunSeesItInTheHistoryAndExportsItsLines() {
        PortalSession admin = PortalSession.logIn(kasir.url(""), "admin", PASSWORD);
        var page = admin.get("/admin/reconciliation");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"start-reconciliation\"").doesNotContain("coming soon");

        var started = admin.post("/admin/reconciliation/runs", Map.of());
        assertThat(started.statusCode()).isEqualTo(302);
        ReconciliationRuns runs = kasir.bean(ReconciliationRuns.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> runs.latest(1).stream()
                .anyMatch(r -> r.status() == RunStatus.COMPLETED));
        long id = runs.latest(1).get(0).id();

        assertThat(admin.get("/admin/reconciliation").body()).contains("ON_DEMAND").contains("COMPLETED");
        assertThat(admin.get("/admin/reconciliation/runs/" + id).body()).contains("id=\"run-summary\"");
        assertThat(admin.get("/admin/reconciliation/runs/" + id + "?outcome=NOT_AN_OUTCOME").statusCode()).isEqualTo(404);
        var csv = admin.get("/admin/reconciliation/runs/" + id + "/items.csv?outcome=PAID");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("\"payment_id\"");
        assertThat(admin.get("/admin").body()).containsPattern("id=\"last-reconciliation\"[^>]*>\\s*\\d")
                .doesNotContainPattern("id=\"last-reconciliation\"[^>]*>\\s*not yet");
        assertThat(kasir.bean(AuditTrail.class).recent(null, 20)).extracting(e -> e.entry().action())
                .contains("reconciliation.start", "reconciliation.export");
    }

    @Test
    void aTriggerWhileARunIsInProgressIsRefusedWithAClearMessage() {
        LockProvider locks = kasir.bean(LockProvider.class);
        var held = locks.lock(new LockConfiguration(Instant.now(), "reconciliation-run", Duration.ofMinutes(5),
                Duration.ZERO)).orElseThrow();
        try {
            PortalSession admin = PortalSession.logIn(kasir.url(""), "admin", PASSWORD);
            admin.get("/admin/reconciliation");
            var refused = admin.post("/admin/reconciliation/runs", Map.of());
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(admin.get("/admin/reconciliation").body()).contains("a second one was not started");
            assertThat(kasir.bean(AuditTrail.class).recent(null, 20)).extracting(e -> e.entry().action())
                    .contains("reconciliation.start-refused");
        } finally {
            held.unlock();
        }
    }

    @Test
    void withoutTheCsrfTokenNothingStarts() {
        PortalSession admin = PortalSession.logIn(kasir.url(""), "admin", PASSWORD);
        int before = kasir.bean(ReconciliationRuns.class).latest(100).size();
        var answer = kasir.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(kasir.url("/admin/reconciliation/runs")))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(answer.statusCode()).isIn(302, 401, 403);
        assertThat(kasir.bean(ReconciliationRuns.class).latest(100)).hasSize(before);
    }
}
