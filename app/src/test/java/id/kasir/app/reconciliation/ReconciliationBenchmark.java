package id.kasir.app.reconciliation;

import id.kasir.app.e2e.EmbeddedKasir;
import id.kasir.application.payment.ReconcilePayment;
import id.kasir.application.reconciliation.ReconciliationRun;
import id.kasir.application.reconciliation.ReconciliationRuns;
import id.kasir.batch.reconciliation.BatchReconciliationLauncher;
import id.kasir.domain.common.Actor;
import id.kasir.domain.payment.PaymentId;
import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import id.kasir.sandbox.faults.SandboxFaults;
import id.kasir.testsupport.MySqlTestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation benchmark (not a test: it asserts nothing and runs only when named, see
 * docs/benchmarks.md). Seeds {@code bench.n} (default 100,000) OPEN PayIn orders straight into this JVM's
 * MariaDB database, slows the sandbox's status answers by {@code bench.latency-ms} (default 100), runs the job
 * with {@code bench.concurrency} (default 64) calls in flight, and prints items per second beside the ideal
 * C / L and the rate of reconciling {@code bench.single-sample} (default 100) of them one after another on
 * one thread, measured in the same run. The sandbox does not know seeded orders: each answer is "not found"
 * after the latency, so every item costs a full status query and its writes.
 */
class ReconciliationBenchmark {

    @Test
    void reconcileManyOpenOrders() throws Exception {
        int n = Integer.getInteger("bench.n", 100_000);
        int latencyMs = Integer.getInteger("bench.latency-ms", 100);
        int concurrency = Integer.getInteger("bench.concurrency", 64);
        int sample = Integer.getInteger("bench.single-sample", 100);
        MySqlTestDatabase db = MySqlTestDatabase.get();
        try (EmbeddedKasir kasir = EmbeddedKasir.start(EmbeddedKasir.freePort(), db.url(),
                "spring.datasource.username=" + db.username(), "spring.datasource.password=" + db.password(),
                "spring.datasource.hikari.maximum-pool-size=" + (concurrency + 10),
                "kasir.reconciliation.min-age=PT0S", "kasir.reconciliation.enabled=false",
                "kasir.reconciliation.janitor.enabled=false", "kasir.payouts.follow-up.enabled=false",
                "kasir.reconciliation.threads=" + concurrency,
                "kasir.reconciliation.defaults.concurrency=" + concurrency,
                "kasir.reconciliation.defaults.requests-per-second=1000000",
                "kasir.reconciliation.chunk-size=" + Math.max(256, concurrency * 4),
                "logging.level.id.kasir=WARN")) {
            seed(db, n);
            kasir.bean(SandboxFaults.class).add(FaultRule.of("payin", "payInQuery", Fault.LATENCY).withLatency(latencyMs));

            ReconcilePayment one = kasir.bean(ReconcilePayment.class);
            long t0 = System.nanoTime();
            for (int i = 1; i <= sample; i++) {
                one.reconcile(new PaymentId(id(i)), Actor.system("benchmark"));
            }
            double singleRate = sample / seconds(System.nanoTime() - t0);

            long t1 = System.nanoTime();
            int exit = kasir.bean(BatchReconciliationLauncher.class).runFromCommandLine();
            double elapsed = seconds(System.nanoTime() - t1);
            ReconciliationRuns runs = kasir.bean(ReconciliationRuns.class);
            ReconciliationRun run = runs.latest(1).get(0);
            long lines = runs.countsByOutcome(run.id()).values().stream().mapToLong(Long::longValue).sum();
            double rate = lines / elapsed;
            double ideal = concurrency * 1000.0 / latencyMs;
            System.out.printf(Locale.ROOT, "%nRECONCILIATION BENCHMARK N=%d L=%dms C=%d: exit %d, %d lines in %.1f s = %.0f items/s;"
                            + " ideal C/L = %.0f items/s (%.0f %%); single-threaded (%d items) %.1f items/s (ideal %.1f); outcomes %s%n%n",
                    n, latencyMs, concurrency, exit, lines, elapsed, rate, ideal, 100 * rate / ideal, sample, singleRate,
                    1000.0 / latencyMs, runs.countsByOutcome(run.id()));
        }
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "bench-%08d", i);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** N OPEN PayIn orders in one statement (MariaDB's sequence engine: seq_1_to_N). */
    private static void seed(MySqlTestDatabase db, int n) throws Exception {
        try (Connection c = db.connect(); Statement sql = c.createStatement()) {
            sql.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : new String[] {"reconciliation_items", "reconciliation_runs", "payment_events", "payments"}) {
                sql.execute("DELETE FROM " + table);
            }
            sql.execute("SET FOREIGN_KEY_CHECKS = 1");
            sql.execute("INSERT INTO payments (id, order_id, gateway, method, currency, amount, amount_to_pay, reference,"
                    + " customer_id, customer_phone, customer_name, status, expires_at, created_at, updated_at, version)"
                    + " SELECT CONCAT('bench-', LPAD(seq, 8, '0')), CONCAT('BENCH-', seq), 'payin', 'QRIS', 'IDR', 10000,"
                    + " 10000, CONCAT('KSBENCH', seq), 'C-1', '6281234567890', 'Bench', 'OPEN',"
                    + " UTC_TIMESTAMP(6) + INTERVAL 1 DAY, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR,"
                    + " UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, 1 FROM seq_1_to_" + n);
        }
    }
}
