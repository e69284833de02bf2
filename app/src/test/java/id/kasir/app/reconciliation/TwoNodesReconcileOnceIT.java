package id.kasir.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kasir.app.e2e.EmbeddedKasir;
import id.kasir.application.payment.CreatePayment;
import id.kasir.application.reconciliation.ReconciliationRun;
import id.kasir.application.reconciliation.ReconciliationRuns;
import id.kasir.application.reconciliation.ReconciliationTrigger;
import id.kasir.application.reconciliation.RunStatus;
import id.kasir.application.reconciliation.RunTrigger;
import id.kasir.batch.reconciliation.NightlyReconciliation;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import id.kasir.sandbox.faults.SandboxFaults;
import id.kasir.testsupport.MySqlTestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Kasir nodes on one MariaDB database (two Spring contexts in this JVM: they share only the database,
 * as two processes would), each with its own sandbox whose status answers are slowed down so a run lasts
 * long enough to overlap: triggered at once, from the portal's use case or by the nightly schedule, they
 * make one run.
 */
class TwoNodesReconcileOnceIT {

    private static final String[] TABLES = {"reconciliation_items", "reconciliation_runs", "payment_rechecks",
            "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
            "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE", "merchant_notifications",
            "payment_events", "payments", "shedlock"};

    private EmbeddedKasir nodeA;
    private EmbeddedKasir nodeB;
    private final ExecutorService both = Executors.newFixedThreadPool(2);

    @BeforeEach
    void startTwoNodes() throws Exception {
        MySqlTestDatabase db = MySqlTestDatabase.get();
        String[] props = {"spring.datasource.username=" + db.username(), "spring.datasource.password=" + db.password(),
                "kasir.reconciliation.min-age=PT0S", "kasir.reconciliation.enabled=true",
                "kasir.reconciliation.janitor.enabled=false", "kasir.payouts.follow-up.enabled=false"};
        nodeA = EmbeddedKasir.start(EmbeddedKasir.freePort(), db.url(), props);
        nodeB = EmbeddedKasir.start(EmbeddedKasir.freePort(), db.url(), props);
        try (Connection c = db.connect(); Statement sql = c.createStatement()) {
            sql.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : TABLES) {
                sql.execute("DELETE FROM " + table);
            }
            sql.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
        for (int i = 0; i < 4; i++) {
            nodeA.bean(CreatePayment.class).create(new NewPayment("TWO-RECON-" + UUID.randomUUID(), GatewayId.of("payin"),
                    PaymentMethod.QRIS, Money.idr(10000 + i), Instant.now().plus(Duration.ofMinutes(10)),
                    new Customer("C-1", "6281234567890", "Siti", null), "two nodes", null, null), Actor.merchant("it"));
        }
        // Payments made on node A live in node A's sandbox; node B asks its own, which does not know them
        // (NOT_FOUND): what matters here is that each status query takes a while.
        for (EmbeddedKasir node : List.of(nodeA, nodeB)) {
            node.bean(SandboxFaults.class).add(FaultRule.of("payin", "payInQuery", Fault.LATENCY).withLatency(1500));
        }
    }

    @AfterEach
    void stop() {
        both.shutdownNow();
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    private <T> List<Future<T>> atOnce(Callable<T> onA, Callable<T> onB) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        Future<T> a = both.submit(() -> {
            go.await();
            return onA.call();
        });
        Future<T> b = both.submit(() -> {
            go.await();
            return onB.call();
        });
        go.countDown();
        return List.of(a, b);
    }

    private static String startNow(EmbeddedKasir node) {
        try {
            node.bean(ReconciliationTrigger.class).startNow("it:" + node.port());
            return "started";
        } catch (ReconciliationTrigger.RunAlreadyRunning refused) {
            return "refused";
        }
    }

    @Test
    void twoTriggersAtOnceMakeOneRunAndTheOtherIsRefused() throws Exception {
        List<Future<String>> answers = atOnce(() -> startNow(nodeA), () -> startNow(nodeB));
        List<String> said = List.of(answers.get(0).get(), answers.get(1).get());
        assertThat(said).containsExactlyInAnyOrder("started", "refused");

        ReconciliationRuns runs = nodeA.bean(ReconciliationRuns.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> runs.latest(5).stream()
                .anyMatch(r -> r.status() == RunStatus.COMPLETED));
        assertThat(runs.latest(5)).hasSize(1);
        assertThat(runs.items(runs.latest(1).get(0).id(), null, 0, 100)).hasSize(4);
    }

    @Test
    void theNightlyScheduleOnTwoNodesRunsOncePerBusinessDate() throws Exception {
        List<Future<Boolean>> ran = atOnce(() -> {
            nodeA.bean(NightlyReconciliation.class).run();
            return true;
        }, () -> {
            nodeB.bean(NightlyReconciliation.class).run();
            return true;
        });
        ran.get(0).get();
        ran.get(1).get();
        nodeB.bean(NightlyReconciliation.class).run(); // a node whose clock is late: the date is already done

        List<ReconciliationRun> all = nodeA.bean(ReconciliationRuns.class).latest(10);
        assertThat(all).singleElement().satisfies(run -> {
            assertThat(run.trigger()).isEqualTo(RunTrigger.NIGHTLY);
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        });
    }
}
